package dev.autogen.it;

/**
 * The Hibernate dialect and server version a fixture set is exported for, so that the same harness
 * compares autogen with Hibernate on PostgreSQL and on MariaDB.
 */
record HibernateTarget(String dialectClass, int major, int minor) {

  static final HibernateTarget POSTGRES =
      new HibernateTarget("org.hibernate.dialect.PostgreSQLDialect", 15, 0);

  /** The local MariaDB's version, so that version-dependent types (uuid) match the server. */
  static final HibernateTarget MARIADB =
      new HibernateTarget("org.hibernate.dialect.MariaDBDialect", 10, 11);

  static final HibernateTarget MYSQL =
      new HibernateTarget("org.hibernate.dialect.MySQLDialect", 8, 0);
}
