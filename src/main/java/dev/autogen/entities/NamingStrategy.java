package dev.autogen.entities;

import java.util.Locale;

/**
 * How logical names (entity and field names, or names written in annotations) become physical
 * table, column and sequence names before the dialect folds them.
 */
public enum NamingStrategy {
  /** Hibernate's default physical naming: names as written. */
  JPA {
    @Override
    public String apply(String logical) {
      return logical;
    }
  },
  /**
   * Spring Boot's defaults: Hibernate's {@code CamelCaseToUnderscoresNamingStrategy} (dots and
   * camel humps of an unquoted name become underscores, then everything is lower case; a quoted
   * name is left as written) and {@code SpringImplicitNamingStrategy} (a join table is named after
   * its owner's table and attribute).
   */
  SPRING {
    @Override
    boolean joinTableByAttribute() {
      return true;
    }

    @Override
    public String apply(String logical) {
      StringBuilder builder = new StringBuilder(logical.replace('.', '_'));
      for (int i = 1; i < builder.length() - 1; i++) {
        if (underscoreRequired(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
          builder.insert(i++, '_');
        }
      }
      return builder.toString().toLowerCase(Locale.ROOT);
    }
  },

  /**
   * A Spring Boot application that sets Hibernate's {@code PhysicalNamingStrategyStandardImpl}:
   * names as written, as {@link #JPA}, but Spring Boot still sets its {@code
   * SpringImplicitNamingStrategy}, so a join table the mapping does not name is {@code <owner
   * table>_<attribute>}, as {@link #SPRING}'s.
   */
  SPRING_STANDARD {
    @Override
    boolean joinTableByAttribute() {
      return true;
    }

    @Override
    public String apply(String logical) {
      return logical;
    }
  };

  /** The physical name text for a logical name (without quotes). */
  public abstract String apply(String logical);

  /** Whether a join table is named {@code <owner table>_<attribute>} rather than by JPA's rule. */
  boolean joinTableByAttribute() {
    return false;
  }

  private static boolean underscoreRequired(char before, char current, char after) {
    return (Character.isLowerCase(before) || Character.isDigit(before))
        && Character.isUpperCase(current)
        && (Character.isLowerCase(after) || Character.isDigit(after));
  }
}
