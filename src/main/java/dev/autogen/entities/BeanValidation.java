package dev.autogen.entities;

import dev.autogen.dialect.ColumnSize;
import dev.autogen.model.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Bean Validation constraints Hibernate ORM turns into DDL when a validator is on the
 * application's class path (its default validation mode): {@code @NotNull}, {@code @NotBlank} and
 * {@code @NotEmpty} make the column not null, {@code @Size(max)} sets the length (over
 * {@code @Column(length)}), {@code @Digits} the precision and scale, {@code @Min}/{@code @Max} a
 * check.
 */
final class BeanValidation {

  private final MappingContext ctx;

  /**
   * Whether the mode applies constraints to these sources ({@code AUTO}: any file imports them).
   */
  static boolean applies(BeanValidationMode mode, SourceIndex index) {
    return switch (mode) {
      case ON -> true;
      case OFF -> false;
      case AUTO -> index.files().stream().anyMatch(BeanValidation::importsValidation);
    };
  }

  private static boolean importsValidation(SourceFile file) {
    return file.singleImports().values().stream().anyMatch(BeanValidation::isValidation)
        || file.starImports().stream().anyMatch(BeanValidation::isValidation);
  }

  private static boolean isValidation(String name) {
    return name.startsWith("jakarta.validation.") || name.startsWith("javax.validation.");
  }

  BeanValidation(MappingContext ctx) {
    this.ctx = ctx;
  }

  boolean notNull(PersistentField field) {
    return List.of("NotNull", "NotBlank", "NotEmpty").stream()
        .anyMatch(n -> ctx.validation(field.declaration(), field.owner(), n).isPresent());
  }

  /** {@code @Size(max)}, when given. */
  OptionalInt maxSize(PersistentField field) {
    return ctx.validation(field.declaration(), field.owner(), "Size")
        .map(s -> s.integer("max"))
        .orElse(OptionalInt.empty());
  }

  /** {@code @Digits(integer, fraction)} as precision and scale. */
  Optional<ColumnSize> digits(PersistentField field) {
    return ctx.validation(field.declaration(), field.owner(), "Digits")
        .map(
            d -> {
              int integer = d.integer("integer").orElse(0);
              int fraction = d.integer("fraction").orElse(0);
              return new ColumnSize(
                  OptionalInt.empty(),
                  OptionalInt.of(integer + fraction),
                  OptionalInt.of(fraction));
            });
  }

  /** {@code @Min} and {@code @Max} as one condition, the way Hibernate joins them. */
  Optional<String> rangeCheck(PersistentField field, Identifier column) {
    String quoted = ctx.dialect().quote(column);
    List<String> parts = new ArrayList<>();
    ctx.validation(field.declaration(), field.owner(), "Min")
        .flatMap(m -> m.raw("value").map(v -> quoted + ">=" + m.longValue("value")))
        .ifPresent(parts::add);
    ctx.validation(field.declaration(), field.owner(), "Max")
        .flatMap(m -> m.raw("value").map(v -> quoted + "<=" + m.longValue("value")))
        .ifPresent(parts::add);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", parts));
  }
}
