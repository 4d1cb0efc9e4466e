package dev.autogen.lint;

/** What a migration statement does, as far as the lint rules care. */
public enum StatementKind {
  CREATE_TABLE,
  CREATE_INDEX,
  DROP_INDEX,
  ALTER_TABLE,
  DROP_TABLE,
  CREATE_VIEW,
  CREATE_FUNCTION,
  CREATE_TRIGGER,
  COMMENT,
  INSERT,
  UPDATE,
  DELETE,
  TRUNCATE,
  SET,
  VACUUM,
  CLUSTER,
  REINDEX,
  /** MySQL {@code OPTIMIZE TABLE}: rebuilds the table. */
  OPTIMIZE,
  /** {@code DO $$ ... $$}: an anonymous plpgsql block, opaque to the rules. */
  DO_BLOCK,
  OTHER;

  public boolean isDataChange() {
    return this == INSERT || this == UPDATE || this == DELETE;
  }

  public boolean isSchemaChange() {
    return switch (this) {
      case CREATE_TABLE,
          CREATE_INDEX,
          DROP_INDEX,
          ALTER_TABLE,
          DROP_TABLE,
          CREATE_VIEW,
          CREATE_TRIGGER,
          TRUNCATE ->
          true;
      default -> false;
    };
  }
}
