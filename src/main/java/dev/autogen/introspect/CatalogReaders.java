package dev.autogen.introspect;

import dev.autogen.dialect.Dialect;
import dev.autogen.introspect.mysql.MysqlCatalog;
import dev.autogen.introspect.mysql.MysqlViewsAndTriggers;
import dev.autogen.introspect.postgres.PostgresCatalog;
import dev.autogen.introspect.postgres.PostgresViewsAndTriggers;

/**
 * The one place that picks a catalog reader, by the dialect's name (the same key that picks its
 * template folder): the catalogs have nothing in common that a capability could describe.
 */
final class CatalogReaders {

  private CatalogReaders() {}

  static CatalogReader forDialect(Dialect dialect) {
    return switch (dialect.name()) {
      case "mysql" -> new MysqlCatalog(dialect);
      default -> new PostgresCatalog(dialect);
    };
  }

  static ViewsAndTriggers.Reader viewsAndTriggers(Dialect dialect) {
    return switch (dialect.name()) {
      case "mysql" -> new MysqlViewsAndTriggers()::read;
      default -> new PostgresViewsAndTriggers();
    };
  }
}
