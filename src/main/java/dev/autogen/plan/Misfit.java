package dev.autogen.plan;

import dev.autogen.dialect.IntegerRange;
import dev.autogen.dialect.TypeMapper;
import dev.autogen.model.SqlType;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Why a value may not fit a narrower type, and the condition (portable SQL over one column) that
 * finds such values. Only narrowings where a value can fail to fit are modelled: shorter strings,
 * smaller integers, fewer digits.
 */
public sealed interface Misfit {

  /** A SQL condition true for values of {@code column} (already quoted) that do not fit. */
  String condition(String column);

  /** Strings longer than {@code max} characters. */
  record TooLong(int max) implements Misfit {
    @Override
    public String condition(String column) {
      // characters, as varchar(n) counts them: MySQL's length() counts bytes
      return "char_length(" + column + ") > " + max;
    }
  }

  /** Integers outside {@code [min, max]}. */
  record OutOfRange(BigInteger min, BigInteger max) implements Misfit {
    @Override
    public String condition(String column) {
      return column + " NOT BETWEEN " + min + " AND " + max;
    }
  }

  /**
   * Decimals with more than {@code integerDigits} digits before, or {@code scale} after, the point.
   */
  record TooManyDigits(int integerDigits, int scale) implements Misfit {
    @Override
    public String condition(String column) {
      return "round(abs("
          + column
          + "), "
          + scale
          + ") >= "
          + BigInteger.TEN.pow(integerDigits)
          + " OR round("
          + column
          + ", "
          + scale
          + ") <> "
          + column;
    }
  }

  /**
   * The misfit of changing {@code from} to {@code to}, when it is a narrowing autogen models; the
   * dialect's types say which are integers, strings and decimals (MySQL spells them {@code int},
   * {@code longtext}, {@code decimal}).
   */
  static Optional<Misfit> of(SqlType from, SqlType to, TypeMapper types) {
    if (types.isWidening(from, to)) {
      return Optional.empty();
    }
    String t = to.name();
    if (types.isCharacterString(from)
        && (t.equals("varchar") || t.equals("char"))
        && !to.args().isEmpty()) {
      return Optional.of(new TooLong(to.args().get(0)));
    }
    Optional<IntegerRange> fromRange = types.integerRange(from);
    Optional<IntegerRange> toRange = types.integerRange(to);
    if (fromRange.isPresent() && toRange.isPresent()) {
      return Optional.of(new OutOfRange(toRange.get().min(), toRange.get().max()));
    }
    if (types.isExactDecimal(from) && types.isExactDecimal(to) && to.args().size() == 2) {
      return Optional.of(new TooManyDigits(to.args().get(0) - to.args().get(1), to.args().get(1)));
    }
    return Optional.empty();
  }
}
