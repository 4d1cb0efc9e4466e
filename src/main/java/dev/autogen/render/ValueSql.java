package dev.autogen.render;

import dev.autogen.dialect.Dialect;
import dev.autogen.plan.Value;
import java.util.Optional;

/** SQL text of a {@link Value}, either over the plain row or over a trigger's {@code NEW} row. */
final class ValueSql {

  private final Dialect dialect;

  ValueSql(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * {@code col}, {@code CAST(col AS type)} or the dialect's conversion of {@code col}; an
   * expression verbatim.
   */
  String plain(Value value) {
    return render(value, "");
  }

  /**
   * {@code NEW.col} or {@code CAST(NEW.col AS type)}; an expression verbatim, so it must name
   * {@code NEW.} itself.
   */
  String overNewRow(Value value) {
    return render(value, "NEW.");
  }

  /** The quoted column a value reads, when it reads one. */
  Optional<String> sourceColumn(Value value) {
    if (value instanceof Value.FromColumn from) {
      return Optional.of(dialect.quote(from.column()));
    }
    if (value instanceof Value.EnumMapping mapping) {
      return Optional.of(dialect.quote(mapping.column()));
    }
    if (value instanceof Value.Converted converted) {
      return Optional.of(dialect.quote(converted.column()));
    }
    if (value instanceof Value.CastIfFits cast) {
      return Optional.of(dialect.quote(cast.column()));
    }
    return Optional.empty();
  }

  private String render(Value value, String rowPrefix) {
    if (value instanceof Value.FromColumn from) {
      String column = rowPrefix + dialect.quote(from.column());
      return from.castTo()
          .map(type -> "CAST(" + column + " AS " + dialect.types().castTarget(type) + ")")
          .orElse(column);
    }
    if (value instanceof Value.CastIfFits cast) {
      String column = rowPrefix + dialect.quote(cast.column());
      return "CASE WHEN "
          + cast.misfit().condition(column)
          + " THEN NULL ELSE CAST("
          + column
          + " AS "
          + dialect.types().castTarget(cast.to())
          + ") END";
    }
    if (value instanceof Value.EnumMapping mapping) {
      return enumCase(mapping, rowPrefix + dialect.quote(mapping.column()));
    }
    if (value instanceof Value.Converted converted) {
      // the dialect knows the conversion; the operand is the quoted column, as for a cast
      return dialect
          .types()
          .conversion(converted.from(), converted.to())
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "no conversion from " + converted.from() + " to " + converted.to()))
          .apply(rowPrefix + dialect.quote(converted.column()));
    }
    return ((Value.Expression) value).sql();
  }

  /** {@code CASE col WHEN 0 THEN 'A' WHEN 1 THEN 'B' END}, or the names to ordinals. */
  private String enumCase(Value.EnumMapping mapping, String column) {
    StringBuilder sql = new StringBuilder("CASE ").append(column);
    for (int i = 0; i < mapping.constants().size(); i++) {
      String name = dialect.expressions().literal(mapping.constants().get(i));
      String ordinal = Integer.toString(i);
      sql.append(" WHEN ")
          .append(mapping.toNames() ? ordinal : name)
          .append(" THEN ")
          .append(mapping.toNames() ? name : ordinal);
    }
    return sql.append(" END").toString();
  }
}
