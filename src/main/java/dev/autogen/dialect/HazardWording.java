package dev.autogen.dialect;

/**
 * The words a dialect's hazards are told in: the locks, statements and remedies of that server, so
 * that a MariaDB report never speaks of PostgreSQL's {@code ACCESS EXCLUSIVE} or {@code
 * CONCURRENTLY}. Which hazard applies is decided by the {@link Capabilities}; this only says it.
 * Sentences may hold {@code {table}}, {@code {column}}, {@code {size}} (" (about N rows)" or
 * nothing) and {@code {during}}, filled by {@link #fill}.
 *
 * @param rebuildLock a statement that copies or rebuilds the table holds its strongest lock {@code
 *     {during}} something
 * @param primaryKeyBuild a primary key is added and its index built
 * @param indexBuild an index is built the way this server builds it without blocking where it can
 * @param uniqueIndexBuild the index of a unique constraint is built outside a transaction (used
 *     when the server builds indexes concurrently)
 * @param notNullScan {@code NOT NULL} is set and every row read to check it
 * @param notNullCheckScan a validated {@code CHECK (c IS NOT NULL)} reads the rows instead, so
 *     setting {@code NOT NULL} skips its scan (used when the server can)
 * @param blockingLockRemedy the safer way around a blocking lock on this server
 * @param fullTableScanRemedy the safer way around a validating scan under a lock on this server
 * @param longIndexBuildRemedy the safer way to build an index on a big table on this server
 * @param liftedForeignKey a foreign key ({@code {key}} of {@code {owner}}) is dropped before the
 *     type of {@code {table}.{column}} changes and re-added after it (where the server refuses the
 *     change under the key): what holds the key's rows meanwhile
 * @param switchLock the lock a type swap's switch takes on {@code {table}} for its catalog changes
 * @param sequenceCall how code draws the next value of the sequence {@code {table}}
 */
public record HazardWording(
    String rebuildLock,
    String primaryKeyBuild,
    String indexBuild,
    String uniqueIndexBuild,
    String notNullScan,
    String notNullCheckScan,
    String blockingLockRemedy,
    String fullTableScanRemedy,
    String longIndexBuildRemedy,
    String liftedForeignKey,
    String switchLock,
    String sequenceCall) {

  /** {@code sentence} with its placeholders filled in. */
  public static String fill(
      String sentence, Object table, Object column, String size, String during) {
    return sentence
        .replace("{table}", String.valueOf(table))
        .replace("{column}", String.valueOf(column))
        .replace("{size}", size)
        .replace("{during}", during);
  }
}
