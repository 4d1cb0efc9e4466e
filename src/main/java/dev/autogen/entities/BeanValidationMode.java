package dev.autogen.entities;

/**
 * Whether the reader applies the Bean Validation constraints Hibernate turns into DDL. Hibernate
 * does so only when a validator is on the application's class path, which the sources alone do not
 * show.
 */
public enum BeanValidationMode {
  /** On when any source file imports {@code jakarta.validation} or {@code javax.validation}. */
  AUTO,
  /** Always applied (a validator such as Spring Boot's starter-validation is present). */
  ON,
  /** Never applied (no validator, or {@code jakarta.persistence.validation.mode=none}). */
  OFF
}
