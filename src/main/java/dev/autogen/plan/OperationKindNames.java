package dev.autogen.plan;

import java.util.List;

/** Every operation kind's template name, for the test that each dialect has a template for all. */
public final class OperationKindNames {
  private OperationKindNames() {}

  public static final List<String> ALL =
      List.of(
          "create_table",
          "drop_table",
          "rename_table",
          "rename_column",
          "rename_index",
          "create_compatibility_view",
          "drop_view",
          "add_column",
          "drop_column",
          "alter_column_type",
          "set_not_null",
          "drop_not_null",
          "set_default",
          "set_sequence_default",
          "advance_sequence",
          "drop_default",
          "add_identity",
          "drop_identity",
          "create_index",
          "drop_index",
          "add_unique",
          "add_primary_key",
          "add_foreign_key",
          "add_check",
          "validate_constraint",
          "drop_constraint",
          "create_sequence",
          "drop_sequence",
          "backfill",
          "convert_values",
          "create_sync_trigger",
          "drop_sync_trigger",
          "online_schema_change",
          "batched_backfill",
          "batched_convert_values",
          "check_no_nulls",
          "check_no_duplicates",
          "check_no_orphans",
          "check_empty",
          "check_no_dependent_views",
          "check_values_fit");
}
