package dev.autogen.entities;

import dev.autogen.model.Column;
import dev.autogen.model.SqlType;
import java.util.Comparator;

/**
 * The order in which Hibernate 7 lists the columns of the constraints it makes itself (composite
 * primary keys, natural ids, collection keys): its {@code ColumnOrderingStrategyStandard} sorts by
 * physical size (at least 4 bytes), then whether the column is wider than 2048 bytes, then name.
 * The sizes here are those of the PostgreSQL and MySQL types the reader produces.
 */
final class HibernateColumnOrder {

  /** Hibernate's {@code Size.DEFAULT_LENGTH}: a column of that length counts as the widest. */
  private static final int DEFAULT_LENGTH = 255;

  private static final int WIDE = 2048;

  /** decimal digits per byte, as Hibernate converts a numeric precision */
  private static final double DECIMAL_DIGITS_PER_BYTE = (Math.log(10) / Math.log(2)) * 8;

  static final Comparator<Column> COMPARATOR =
      Comparator.comparingInt((Column c) -> Math.max(bytes(c.type()), 4))
          .thenComparing(c -> bytes(c.type()) > WIDE)
          .thenComparing(c -> c.name().value());

  private HibernateColumnOrder() {}

  static int bytes(SqlType type) {
    return switch (type.name()) {
      case "boolean", "tinyint", "bit" -> 1;
      case "smallint" -> 2;
      case "integer", "int", "real", "float", "date", "time", "timetz" -> 4;
      case "bigint", "double precision", "double", "timestamp", "timestamptz", "datetime" -> 8;
      case "interval second" -> 8;
      case "uuid" -> 16;
      case "numeric", "decimal" ->
          (int)
              Math.ceil(
                  (type.args().isEmpty() ? 38 : type.args().get(0)) / DECIMAL_DIGITS_PER_BYTE);
      case "char", "varchar", "bytea", "binary", "varbinary" -> {
        int length = type.args().isEmpty() ? DEFAULT_LENGTH : type.args().get(0);
        yield length == DEFAULT_LENGTH ? Integer.MAX_VALUE : length;
      }
      default -> Integer.MAX_VALUE;
    };
  }
}
