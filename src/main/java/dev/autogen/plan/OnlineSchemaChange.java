package dev.autogen.plan;

import dev.autogen.model.Identifier;
import java.util.List;

/**
 * A change the server could only make by copying {@code table} while its writes wait, handed to
 * pt-online-schema-change: the step carries the tool's command, run before the file, and the file
 * itself only checks that the change is there.
 *
 * @param change the ALTER TABLE operation pt-online-schema-change carries out
 * @param rows the table's estimated row count when the plan was made
 * @param dsn pt-online-schema-change's data source name of the table ({@code
 *     h=...,P=...,D=...,t=...})
 * @param droppedKeys foreign keys of {@code table} the step lifts around the change (dropped before
 *     it, added back after it): the tool runs before the step, while they still hold and the server
 *     refuses the change under them, so it drops them on its copy with the change; the step's own
 *     drop then finds them gone ({@code IF EXISTS}) and its re-add restores them
 */
public record OnlineSchemaChange(
    Identifier table, Operation change, long rows, String dsn, List<Identifier> droppedKeys)
    implements Operation {

  public OnlineSchemaChange {
    droppedKeys = List.copyOf(droppedKeys);
  }

  /** A handed change with no foreign key lifted around it. */
  public OnlineSchemaChange(Identifier table, Operation change, long rows, String dsn) {
    this(table, change, rows, dsn, List.of());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
