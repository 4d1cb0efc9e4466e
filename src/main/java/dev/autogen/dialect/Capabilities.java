package dev.autogen.dialect;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Named facts about what a dialect (and server version) can do; shared code asks these instead of
 * testing which dialect it has. Built from {@link #baseline()} with one named wither per fact, so a
 * dialect reads as a list of sentences ({@code baseline().withTransactionalDdl(true)}); each fact
 * is described on its {@link Capability} constant.
 *
 * @param facts the capabilities the dialect has
 */
public record Capabilities(Set<Capability> facts) {

  public Capabilities {
    EnumSet<Capability> copy = EnumSet.noneOf(Capability.class);
    copy.addAll(facts);
    facts = Collections.unmodifiableSet(copy); // in declaration order, for a stable toString
  }

  /** A dialect that can do none of these: every fact is added by name. */
  public static Capabilities baseline() {
    return new Capabilities(Set.of());
  }

  public boolean has(Capability fact) {
    return facts.contains(fact);
  }

  /** These facts with {@code fact} present or absent. */
  public Capabilities with(Capability fact, boolean present) {
    EnumSet<Capability> next = EnumSet.noneOf(Capability.class);
    next.addAll(facts);
    if (present) {
      next.add(fact);
    } else {
      next.remove(fact);
    }
    return new Capabilities(next);
  }

  /** {@link Capability#TRANSACTIONAL_DDL}. */
  public boolean transactionalDdl() {
    return has(Capability.TRANSACTIONAL_DDL);
  }

  public Capabilities withTransactionalDdl(boolean value) {
    return with(Capability.TRANSACTIONAL_DDL, value);
  }

  /** {@link Capability#CONCURRENT_INDEX}. */
  public boolean concurrentIndex() {
    return has(Capability.CONCURRENT_INDEX);
  }

  public Capabilities withConcurrentIndex(boolean value) {
    return with(Capability.CONCURRENT_INDEX, value);
  }

  /** {@link Capability#NOT_VALID_CONSTRAINTS}. */
  public boolean notValidConstraints() {
    return has(Capability.NOT_VALID_CONSTRAINTS);
  }

  public Capabilities withNotValidConstraints(boolean value) {
    return with(Capability.NOT_VALID_CONSTRAINTS, value);
  }

  /** {@link Capability#UNIQUE_USING_INDEX}. */
  public boolean uniqueUsingIndex() {
    return has(Capability.UNIQUE_USING_INDEX);
  }

  public Capabilities withUniqueUsingIndex(boolean value) {
    return with(Capability.UNIQUE_USING_INDEX, value);
  }

  /** {@link Capability#ALTER_TYPE_USING}. */
  public boolean alterTypeUsing() {
    return has(Capability.ALTER_TYPE_USING);
  }

  public Capabilities withAlterTypeUsing(boolean value) {
    return with(Capability.ALTER_TYPE_USING, value);
  }

  /** {@link Capability#FAST_DEFAULT_ADD_COLUMN}. */
  public boolean fastDefaultAddColumn() {
    return has(Capability.FAST_DEFAULT_ADD_COLUMN);
  }

  public Capabilities withFastDefaultAddColumn(boolean value) {
    return with(Capability.FAST_DEFAULT_ADD_COLUMN, value);
  }

  /** {@link Capability#CHECK_SKIPS_NOT_NULL_SCAN}. */
  public boolean checkSkipsNotNullScan() {
    return has(Capability.CHECK_SKIPS_NOT_NULL_SCAN);
  }

  public Capabilities withCheckSkipsNotNullScan(boolean value) {
    return with(Capability.CHECK_SKIPS_NOT_NULL_SCAN, value);
  }

  /** {@link Capability#UPDATABLE_VIEWS}. */
  public boolean updatableViews() {
    return has(Capability.UPDATABLE_VIEWS);
  }

  public Capabilities withUpdatableViews(boolean value) {
    return with(Capability.UPDATABLE_VIEWS, value);
  }

  /** {@link Capability#ROW_TRIGGERS}. */
  public boolean rowTriggers() {
    return has(Capability.ROW_TRIGGERS);
  }

  public Capabilities withRowTriggers(boolean value) {
    return with(Capability.ROW_TRIGGERS, value);
  }

  /** {@link Capability#COMMIT_IN_BATCHES}. */
  public boolean commitInBatches() {
    return has(Capability.COMMIT_IN_BATCHES);
  }

  public Capabilities withCommitInBatches(boolean value) {
    return with(Capability.COMMIT_IN_BATCHES, value);
  }

  /** {@link Capability#ONLINE_ALTER_CLAUSES}. */
  public boolean onlineAlterClauses() {
    return has(Capability.ONLINE_ALTER_CLAUSES);
  }

  public Capabilities withOnlineAlterClauses(boolean value) {
    return with(Capability.ONLINE_ALTER_CLAUSES, value);
  }

  /** {@link Capability#ONLINE_INDEX_BUILD}. */
  public boolean onlineIndexBuild() {
    return has(Capability.ONLINE_INDEX_BUILD);
  }

  public Capabilities withOnlineIndexBuild(boolean value) {
    return with(Capability.ONLINE_INDEX_BUILD, value);
  }

  /** {@link Capability#INSTANT_ADD_COLUMN}. */
  public boolean instantAddColumn() {
    return has(Capability.INSTANT_ADD_COLUMN);
  }

  public Capabilities withInstantAddColumn(boolean value) {
    return with(Capability.INSTANT_ADD_COLUMN, value);
  }

  /** {@link Capability#INSTANT_ADD_COLUMN_ANY_POSITION}. */
  public boolean instantAddColumnAnyPosition() {
    return has(Capability.INSTANT_ADD_COLUMN_ANY_POSITION);
  }

  public Capabilities withInstantAddColumnAnyPosition(boolean value) {
    return with(Capability.INSTANT_ADD_COLUMN_ANY_POSITION, value);
  }

  /** {@link Capability#INSTANT_DROP_COLUMN}. */
  public boolean instantDropColumn() {
    return has(Capability.INSTANT_DROP_COLUMN);
  }

  public Capabilities withInstantDropColumn(boolean value) {
    return with(Capability.INSTANT_DROP_COLUMN, value);
  }

  /** {@link Capability#ENFORCED_CHECKS}. */
  public boolean enforcedChecks() {
    return has(Capability.ENFORCED_CHECKS);
  }

  public Capabilities withEnforcedChecks(boolean value) {
    return with(Capability.ENFORCED_CHECKS, value);
  }

  /** {@link Capability#RENAME_COLUMN}. */
  public boolean renameColumn() {
    return has(Capability.RENAME_COLUMN);
  }

  public Capabilities withRenameColumn(boolean value) {
    return with(Capability.RENAME_COLUMN, value);
  }

  /** {@link Capability#INSTANT_RENAME_COLUMN}. */
  public boolean instantRenameColumn() {
    return has(Capability.INSTANT_RENAME_COLUMN);
  }

  public Capabilities withInstantRenameColumn(boolean value) {
    return with(Capability.INSTANT_RENAME_COLUMN, value);
  }

  /** {@link Capability#INSTANT_COLUMN_DEFAULT}. */
  public boolean instantColumnDefault() {
    return has(Capability.INSTANT_COLUMN_DEFAULT);
  }

  public Capabilities withInstantColumnDefault(boolean value) {
    return with(Capability.INSTANT_COLUMN_DEFAULT, value);
  }

  /** {@link Capability#ONLINE_NULLABILITY}. */
  public boolean onlineNullability() {
    return has(Capability.ONLINE_NULLABILITY);
  }

  public Capabilities withOnlineNullability(boolean value) {
    return with(Capability.ONLINE_NULLABILITY, value);
  }

  /** {@link Capability#ONLINE_FOREIGN_KEY_UNCHECKED}. */
  public boolean onlineForeignKeyUnchecked() {
    return has(Capability.ONLINE_FOREIGN_KEY_UNCHECKED);
  }

  public Capabilities withOnlineForeignKeyUnchecked(boolean value) {
    return with(Capability.ONLINE_FOREIGN_KEY_UNCHECKED, value);
  }

  /** {@link Capability#GUARDED_DDL}. */
  public boolean guardedDdl() {
    return has(Capability.GUARDED_DDL);
  }

  public Capabilities withGuardedDdl(boolean value) {
    return with(Capability.GUARDED_DDL, value);
  }

  /** {@link Capability#TYPE_CHANGE_UNDER_FOREIGN_KEY}. */
  public boolean typeChangeUnderForeignKey() {
    return has(Capability.TYPE_CHANGE_UNDER_FOREIGN_KEY);
  }

  public Capabilities withTypeChangeUnderForeignKey(boolean value) {
    return with(Capability.TYPE_CHANGE_UNDER_FOREIGN_KEY, value);
  }

  /** {@link Capability#MIXED_TYPE_FOREIGN_KEY}. */
  public boolean mixedTypeForeignKey() {
    return has(Capability.MIXED_TYPE_FOREIGN_KEY);
  }

  public Capabilities withMixedTypeForeignKey(boolean value) {
    return with(Capability.MIXED_TYPE_FOREIGN_KEY, value);
  }

  /** {@link Capability#INSTANT_DROP_AUTO_INCREMENT}. */
  public boolean instantDropAutoIncrement() {
    return has(Capability.INSTANT_DROP_AUTO_INCREMENT);
  }

  public Capabilities withInstantDropAutoIncrement(boolean value) {
    return with(Capability.INSTANT_DROP_AUTO_INCREMENT, value);
  }

  /** {@link Capability#DROP_PRIMARY_KEY_ALONE}. */
  public boolean dropPrimaryKeyAlone() {
    return has(Capability.DROP_PRIMARY_KEY_ALONE);
  }

  public Capabilities withDropPrimaryKeyAlone(boolean value) {
    return with(Capability.DROP_PRIMARY_KEY_ALONE, value);
  }

  /** {@link Capability#FOREIGN_KEY_NEEDS_INDEX}. */
  public boolean foreignKeyNeedsIndex() {
    return has(Capability.FOREIGN_KEY_NEEDS_INDEX);
  }

  public Capabilities withForeignKeyNeedsIndex(boolean value) {
    return with(Capability.FOREIGN_KEY_NEEDS_INDEX, value);
  }

  /** {@link Capability#LONG_UNIQUE_HASH}. */
  public boolean longUniqueHash() {
    return has(Capability.LONG_UNIQUE_HASH);
  }

  public Capabilities withLongUniqueHash(boolean value) {
    return with(Capability.LONG_UNIQUE_HASH, value);
  }

  /** {@link Capability#SEQUENCES}. */
  public boolean sequences() {
    return has(Capability.SEQUENCES);
  }

  public Capabilities withSequences(boolean value) {
    return with(Capability.SEQUENCES, value);
  }

  /** {@link Capability#ENUM_ADD_VALUE_IN_TRANSACTION}. */
  public boolean enumAddValueInTransaction() {
    return has(Capability.ENUM_ADD_VALUE_IN_TRANSACTION);
  }

  public Capabilities withEnumAddValueInTransaction(boolean value) {
    return with(Capability.ENUM_ADD_VALUE_IN_TRANSACTION, value);
  }
}
