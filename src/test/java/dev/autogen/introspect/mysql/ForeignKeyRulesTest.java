package dev.autogen.introspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Foreign key actions as SHOW CREATE TABLE writes them (MariaDB 10.11 and MySQL 8 alike). */
class ForeignKeyRulesTest {

  @Test
  void readsEachConstraintsActionsWithRestrictWhenUnwritten() {
    String text =
        """
        CREATE TABLE `orders` (
          `id` int(11) NOT NULL,
          `customer_id` bigint(20) DEFAULT NULL,
          `other_id` bigint(20) DEFAULT NULL,
          `third_id` bigint(20) DEFAULT NULL,
          PRIMARY KEY (`id`),
          KEY `fk_orders_customer` (`customer_id`),
          CONSTRAINT `fk_orders_customer` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`) ON DELETE CASCADE,
          CONSTRAINT `orders_ibfk_1` FOREIGN KEY (`other_id`) REFERENCES `customer` (`id`) ON UPDATE SET NULL,
          CONSTRAINT `odd``name` FOREIGN KEY (`third_id`) REFERENCES `other_db`.`t` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION,
          CONSTRAINT `plain` FOREIGN KEY (`id`) REFERENCES `customer` (`id`),
          CONSTRAINT `ck` CHECK (`id` > 0)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
        """;
    assertThat(ForeignKeyRules.parse(text))
        .containsOnlyKeys("fk_orders_customer", "orders_ibfk_1", "odd`name", "plain")
        .containsEntry("fk_orders_customer", new ForeignKeyRules.Actions("CASCADE", "RESTRICT"))
        .containsEntry("orders_ibfk_1", new ForeignKeyRules.Actions("RESTRICT", "SET NULL"))
        .containsEntry("odd`name", new ForeignKeyRules.Actions("SET NULL", "NO ACTION"))
        .containsEntry("plain", new ForeignKeyRules.Actions("RESTRICT", "RESTRICT"));
  }
}
