package dev.autogen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One side of a foreign key changes type and the other does not (the child maps its key column as a
 * basic field beside a read-only association): MariaDB refuses a key between {@code int} and {@code
 * bigint} (error 1825 with {@code foreign_key_checks=0}, errno 150 without), so the key lifted
 * around the type change could never be added back and the file would stop half way with the key
 * gone. {@code -m} refuses the plan instead, naming the key, both columns and their types, and
 * writes nothing. Both directions: the referenced column widens, or the referencing one.
 */
class MariaDbForeignKeyTypesIT {

  @TempDir Path dir;

  private Path entities(String parentId, String childColumn) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(
        src.resolve("Account.java"),
        """
        package com.example;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "account")
        public class Account {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private %s id;
        }
        """
            .formatted(parentId));
    Files.writeString(
        src.resolve("Invoice.java"),
        """
        package com.example;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "invoice")
        public class Invoice {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;

          @Column(name = "account_id", nullable = false)
          private %s accountId;

          @ManyToOne(optional = false)
          @JoinColumn(
              name = "account_id",
              insertable = false,
              updatable = false,
              foreignKey = @ForeignKey(name = "invoice_account_fk"))
          private Account account;
        }
        """
            .formatted(childColumn));
    return dir.resolve("src");
  }

  private void refused(String parentId, String childColumn, String expected) throws Exception {
    Path entities = entities(parentId, childColumn);
    LocalMariaDb.inDatabase(
        "it_mfkt",
        (c, database) -> {
          LocalMariaDb.execute(
              c, "CREATE TABLE account (id int NOT NULL AUTO_INCREMENT PRIMARY KEY)");
          LocalMariaDb.execute(
              c,
              "CREATE TABLE invoice (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                  + " account_id int NOT NULL,"
                  + " CONSTRAINT invoice_account_fk FOREIGN KEY (account_id) REFERENCES account"
                  + " (id))");
          CliRun r =
              CliRun.of(
                  List.of(
                      "-m",
                      "widen",
                      "--url",
                      LocalMariaDb.urlOf(database),
                      "--entities",
                      entities.toString(),
                      "--naming",
                      "jpa",
                      "--migrations",
                      dir.resolve("out/migration").toString()));
          assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
          assertThat(r.err())
              .contains("foreign key invoice_account_fk")
              .contains(expected)
              .contains("refuses a foreign key between columns of different types");
          assertThat(dir.resolve("out")).doesNotExist();
        });
  }

  @Test
  void onlyTheReferencedColumnWidening() throws Exception {
    refused("Long", "Integer", "invoice.account_id (int) would reference account.id (bigint)");
  }

  @Test
  void onlyTheReferencingColumnWidening() throws Exception {
    refused("Integer", "Long", "invoice.account_id (bigint) would reference account.id (int)");
  }
}
