package dev.autogen.plan;

import dev.autogen.model.Identifier;

/**
 * A change the server could only make by copying {@code table} while its writes wait, handed to
 * pt-online-schema-change: the step carries the tool's command, run before the file, and the file
 * itself only checks that the change is there.
 *
 * @param change the ALTER TABLE operation pt-online-schema-change carries out
 * @param rows the table's estimated row count when the plan was made
 * @param dsn pt-online-schema-change's data source name of the table ({@code
 *     h=...,P=...,D=...,t=...})
 */
public record OnlineSchemaChange(Identifier table, Operation change, long rows, String dsn)
    implements Operation {
  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
