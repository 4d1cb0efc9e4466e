package dev.autogen.entities;

import dev.autogen.dialect.JdbcKind;

/**
 * The application's Hibernate settings that change what the reader maps, set through {@link
 * EntityReader}'s constructors and withers.
 *
 * @param quoteIdentifiers {@code hibernate.globally_quoted_identifiers}
 * @param instantKind how {@code hibernate.type.preferred_instant_jdbc_type} stores {@code Instant}
 * @param hibernateMajor the application's Hibernate major version
 */
record HibernateSettings(
    NamingStrategy naming,
    BeanValidationMode beanValidation,
    boolean quoteIdentifiers,
    JdbcKind instantKind,
    int hibernateMajor) {

  /** Hibernate 7's defaults for everything but what the application names. */
  static HibernateSettings of(
      NamingStrategy naming, BeanValidationMode beanValidation, boolean quoteIdentifiers) {
    return new HibernateSettings(
        naming, beanValidation, quoteIdentifiers, JdbcKind.TIMESTAMP_WITH_TIMEZONE, 7);
  }

  HibernateSettings withInstantKind(JdbcKind kind) {
    return new HibernateSettings(naming, beanValidation, quoteIdentifiers, kind, hibernateMajor);
  }

  HibernateSettings withHibernateMajor(int major) {
    return new HibernateSettings(naming, beanValidation, quoteIdentifiers, instantKind, major);
  }
}
