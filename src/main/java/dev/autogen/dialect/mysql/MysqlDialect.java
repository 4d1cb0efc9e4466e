package dev.autogen.dialect.mysql;

import dev.autogen.dialect.Capabilities;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.HazardWording;
import dev.autogen.dialect.ServerVersion;
import dev.autogen.dialect.TableNameCase;
import java.util.Optional;

/**
 * Builds the MySQL / MariaDB {@link Dialect}. Both flavours share the name {@value #NAME} and the
 * template folder; what differs between them and between versions is data in {@link Capabilities}
 * and the {@link MysqlTypeMapper}. Without a version the facts assume a current server.
 */
public final class MysqlDialect {

  public static final String NAME = "mysql";

  /** The MySQL version {@link #create()} assumes (8.0 is the oldest one still supported). */
  public static final ServerVersion ASSUMED_MYSQL = new ServerVersion(8, 0, 36);

  /** The MariaDB version {@link #create(MysqlFlavour)} assumes (the oldest current LTS). */
  public static final ServerVersion ASSUMED_MARIADB = new ServerVersion(10, 11, 0);

  private MysqlDialect() {}

  public static Dialect create() {
    return create(MysqlFlavour.MYSQL);
  }

  public static Dialect create(MysqlFlavour flavour) {
    return create(flavour, flavour == MysqlFlavour.MARIADB ? ASSUMED_MARIADB : ASSUMED_MYSQL);
  }

  public static Dialect create(MysqlFlavour flavour, ServerVersion version) {
    return create(flavour, version, false);
  }

  /**
   * The dialect for a server of {@code flavour} and {@code version}; {@code lowerCaseTableNames} is
   * the server's {@code lower_case_table_names <> 0} (table names stored and compared in lower
   * case, as on Windows and macOS installations).
   */
  public static Dialect create(
      MysqlFlavour flavour, ServerVersion version, boolean lowerCaseTableNames) {
    return create(
        flavour, version, lowerCaseTableNames ? TableNameCase.LOWERED : TableNameCase.SENSITIVE);
  }

  /**
   * The dialect for a server of {@code flavour} and {@code version} that stores and compares table
   * names as {@code tableNames} says (its {@code lower_case_table_names}).
   */
  public static Dialect create(
      MysqlFlavour flavour, ServerVersion version, TableNameCase tableNames) {
    return new Dialect(
        NAME,
        capabilities(flavour, version),
        new MysqlTypeMapper(flavour, version),
        new MysqlIdentifierRules(tableNames),
        new MysqlExpressionRules(),
        WORDING,
        MysqlStepWording.WORDING);
  }

  /**
   * The dialect for the server whose version text JDBC reported ({@code 8.0.36}, {@code
   * 10.11.6-MariaDB-0+deb12u1}); empty when the text holds no version.
   */
  public static Optional<Dialect> forServer(String versionText) {
    return forServer(versionText, TableNameCase.SENSITIVE);
  }

  /**
   * The dialect for the server whose version text JDBC reported and whose {@code
   * lower_case_table_names} says {@code tableNames}; empty when the text holds no version.
   */
  public static Optional<Dialect> forServer(String versionText, TableNameCase tableNames) {
    MysqlFlavour flavour = MysqlFlavour.ofVersionText(versionText);
    // MariaDB before 11 may report "5.5.5-10.11.6-MariaDB" for old replication clients
    String text = versionText == null ? null : versionText.replaceFirst("^5\\.5\\.5-", "");
    return ServerVersion.parse(text).map(v -> create(flavour, v, tableNames));
  }

  /**
   * {@code dialect} (a MySQL or MariaDB one) at {@code version}, keeping its flavour and table-name
   * rule: for a version the user gives ({@code --server-version 10.6}), which names no flavour.
   */
  public static Dialect atVersion(Dialect dialect, ServerVersion version) {
    MysqlFlavour flavour =
        dialect.types() instanceof MysqlTypeMapper m ? m.flavour() : MysqlFlavour.MYSQL;
    return create(flavour, version, dialect.identifiers().tableNames());
  }

  /** Whether {@code dialect} (a MySQL or MariaDB one) is MariaDB's or MySQL's. */
  public static MysqlFlavour flavour(Dialect dialect) {
    return dialect.types() instanceof MysqlTypeMapper m ? m.flavour() : MysqlFlavour.MYSQL;
  }

  /** The waits every online ALTER TABLE has on MySQL and MariaDB, said once. */
  private static final String METADATA_LOCK =
      "its exclusive metadata lock waits for open transactions while every later query on the"
          + " table waits behind it";

  /**
   * MySQL's and MariaDB's locks and statements: online ALTER TABLE with ALGORITHM= and LOCK=, the
   * metadata lock at its start and end, and a table copy where in place is impossible.
   */
  static final HazardWording WORDING =
      new HazardWording(
          "ALGORITHM=COPY: writes to {table} are blocked (LOCK=SHARED) {during}, and "
              + METADATA_LOCK,
          "{table} is rebuilt in place (ALGORITHM=INPLACE) while the key's index is built: writes"
              + " go on, but "
              + METADATA_LOCK,
          "built in place (ALGORITHM=INPLACE, LOCK=NONE): writes to {table} go on, but "
              + METADATA_LOCK,
          "its index is built in place (ALGORITHM=INPLACE, LOCK=NONE), and " + METADATA_LOCK,
          "MODIFY ... NOT NULL rebuilds {table}{size} in place (ALGORITHM=INPLACE), reading every"
              + " row: writes go on, but "
              + METADATA_LOCK,
          "MODIFY ... NOT NULL rebuilds {table}{size} in place (ALGORITHM=INPLACE), reading every"
              + " row: writes go on, but "
              + METADATA_LOCK,
          "Keep the locked part short: set lock_wait_timeout so the statement gives up instead of"
              + " holding every later query on the table behind its metadata lock, retry off-peak,"
              + " and demand ALGORITHM=INPLACE or INSTANT with LOCK=NONE so that the server refuses"
              + " a table copy instead of blocking writes.",
          "MySQL and MariaDB cannot add a constraint unvalidated: run the pre-flight query first"
              + " so no row fails it, and apply it off-peak; a NOT NULL change rebuilds the table in"
              + " place (ALGORITHM=INPLACE, LOCK=NONE) while writes go on.",
          "Build it in place (ALGORITHM=INPLACE, LOCK=NONE) in a file of its own and run that file"
              + " off-peak; the build reads every row while writes go on, and its metadata lock"
              + " waits for open transactions at the start and the end.",
          "foreign key {key} of {owner} is dropped (ALTER TABLE ... DROP FOREIGN KEY) before the"
              + " type of {table}.{column} changes (the server refuses the MODIFY under the key) and"
              + " re-added with foreign_key_checks=0 after it: each statement commits on its own, so"
              + " until the re-add the key is not enforced and rows written meanwhile may point"
              + " nowhere; the orphan check before the re-add stops the file on them (fix them,"
              + " rerun). Run the step when few writes reach {owner}.",
          "the switch changes only the definition of {table} (renames, adopting the prebuilt"
              + " indexes), but "
              + METADATA_LOCK,
          "NEXT VALUE FOR {table}");

  static Capabilities capabilities(MysqlFlavour flavour, ServerVersion v) {
    boolean maria = flavour == MysqlFlavour.MARIADB;
    // MySQL 8.0.12 / MariaDB 10.3: ADD COLUMN as the last column with ALGORITHM=INSTANT
    boolean instantAdd = maria ? v.atLeast(10, 3, 0) : v.atLeast(8, 0, 12);
    // MySQL 8.0.29 / MariaDB 10.4: instant ADD COLUMN anywhere and instant DROP COLUMN
    boolean instantAnywhere = maria ? v.atLeast(10, 4, 0) : v.atLeast(8, 0, 29);
    return Capabilities.baseline()
        // every DDL statement commits the open transaction implicitly
        .withTransactionalDdl(false)
        // no CONCURRENTLY, no NOT VALID, no constraint adopting an index
        .withConcurrentIndex(false)
        .withNotValidConstraints(false)
        .withUniqueUsingIndex(false)
        // a constant default is stored in the catalog by the instant ADD COLUMN
        .withFastDefaultAddColumn(instantAdd)
        .withCheckSkipsNotNullScan(false)
        // single-table views with plain columns accept INSERT and UPDATE
        .withUpdatableViews(true)
        .withRowTriggers(true)
        // a temporary procedure may COMMIT between the batches of a backfill
        .withCommitInBatches(true)
        // ALGORITHM= and LOCK= exist since MySQL 5.6 and MariaDB 10.0
        .withOnlineAlterClauses(true)
        .withOnlineIndexBuild(true)
        .withInstantAddColumn(instantAdd)
        .withInstantAddColumnAnyPosition(instantAnywhere)
        .withInstantDropColumn(instantAnywhere)
        // before MySQL 8.0.16 CHECK was parsed and ignored; MariaDB enforces it since 10.2.1
        .withEnforcedChecks(maria ? v.atLeast(10, 2, 1) : v.atLeast(8, 0, 16))
        // RENAME COLUMN: MySQL 8.0, MariaDB 10.5.2 (before, only CHANGE with the whole column)
        .withRenameColumn(maria ? v.atLeast(10, 5, 2) : v.atLeast(8, 0, 0))
        .withInstantRenameColumn(maria ? v.atLeast(10, 3, 0) : v.atLeast(8, 0, 28))
        .withInstantColumnDefault(instantAdd)
        // MODIFY ... [NOT] NULL rebuilds in place with LOCK=NONE since MySQL 5.6 / MariaDB 10.0
        .withOnlineNullability(true)
        // ADD FOREIGN KEY is in place only with foreign_key_checks=0, on both
        .withOnlineForeignKeyUnchecked(true)
        // IF [NOT] EXISTS on columns, indexes, constraints and RENAME COLUMN: MariaDB 10.5.2
        .withGuardedDdl(maria && v.atLeast(10, 5, 2))
        // MODIFY of a column a foreign key uses fails with errors 1832/1833, on both servers and
        // with foreign_key_checks=0 too (tested on MariaDB 10.11)
        .withTypeChangeUnderForeignKey(false)
        // InnoDB clusters rows by the primary key: DROP PRIMARY KEY alone is refused in place
        // ("Dropping a primary key is not allowed without also adding a new primary key")
        .withDropPrimaryKeyAlone(false)
        // ADD FOREIGN KEY in place ("Missing index for constraint") needs the index first, and
        // DROP FOREIGN KEY leaves the one the server made (tested on MariaDB 10.11)
        .withForeignKeyNeedsIndex(true)
        // int referencing bigint: error 1825 (checks off) or errno 150 (tested on MariaDB 10.11)
        .withMixedTypeForeignKey(false)
        // InnoDB: DROP FOREIGN KEY leaves the index built for the key (tested on MariaDB 10.11)
        // MODIFY without AUTO_INCREMENT with ALGORITHM=INSTANT: tested on MariaDB 10.11 only
        .withInstantDropAutoIncrement(maria && v.atLeast(10, 3, 0))
        // CREATE SEQUENCE: MariaDB 10.3; MySQL has no sequences
        .withSequences(maria && v.atLeast(10, 3, 0))
        // a unique key over 3,072 bytes: a hash index since MariaDB 10.4; MySQL refuses it
        .withLongUniqueHash(maria && v.atLeast(10, 4, 0));
  }
}
