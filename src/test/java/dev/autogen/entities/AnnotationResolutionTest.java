package dev.autogen.entities;

import static dev.autogen.entities.Sources.column;
import static dev.autogen.entities.Sources.ids;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Identifier;
import dev.autogen.model.Index;
import dev.autogen.model.RenameHint;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationResolutionTest {

  @TempDir Path root;

  @Test
  void jakartaJavaxStarAndFullyQualifiedAnnotationsAllCount() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "a/Jakarta.java",
                """
                package a;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                @Entity public class Jakarta { @Id Long id; }
                """)
            .add(
                "a/Javax.java",
                """
                package a;
                import javax.persistence.*;
                @Entity public class Javax { @Id Long id; }
                """)
            .add(
                "a/Qualified.java",
                """
                package a;
                @jakarta.persistence.Entity
                public class Qualified { @jakarta.persistence.Id Long id; }
                """)
            .read();

    assertThat(model.desired().tables())
        .extracting(t -> t.name().value())
        .containsExactly("jakarta", "javax", "qualified");
    assertThat(model.desired().tables()).allSatisfy(t -> assertThat(t.primaryKey()).isPresent());
  }

  @Test
  void sameSimpleNameFromAnotherPackageDoesNotCount() throws Exception {
    EntityModel model =
        new Sources(root)
            .add("custom/Entity.java", "package custom; public @interface Entity {}")
            .add(
                "b/Imported.java",
                """
                package b;
                import custom.Entity;
                import jakarta.persistence.Id;
                @Entity public class Imported { @Id Long id; }
                """)
            .add(
                "custom/SamePackage.java",
                """
                package custom;
                import jakarta.persistence.*;
                @Entity public class SamePackage { @Id Long id; }
                """)
            .add(
                "c/Lombokish.java",
                """
                package c;
                import org.example.*;
                @Entity public class Lombokish { Long id; }
                """)
            .read();

    assertThat(model.desired().tables()).isEmpty();
  }

  @Test
  void mappedSuperclassInAnotherPackageIsInherited() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "base/BaseEntity.java",
                """
                package base;
                import jakarta.persistence.*;
                import java.time.Instant;
                @MappedSuperclass
                public abstract class BaseEntity {
                  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) protected Long id;
                  @Version protected long version;
                  protected Instant createdAt;
                }
                """)
            .add(
                "base/Auditable.java",
                """
                package base;
                import jakarta.persistence.*;
                @MappedSuperclass
                public abstract class Auditable extends BaseEntity {
                  protected String createdBy;
                }
                """)
            .add(
                "app/Invoice.java",
                """
                package app;
                import base.*;
                import jakarta.persistence.*;
                @Entity public class Invoice extends Auditable {
                  private String number;
                }
                """)
            .read();

    Table invoice = table(model, "invoice");
    assertThat(invoice.columns())
        .extracting(c -> c.name().value())
        .containsExactly("id", "version", "createdat", "createdby", "number");
    assertThat(invoice.primaryKey().orElseThrow().columns()).isEqualTo(ids("id"));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void renamedFromOnFieldAndClassGivesRenameHints() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "r/Person.java",
                """
                package r;
                import dev.autogen.annotations.RenamedFrom;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "people")
                @RenamedFrom("persons")
                public class Person {
                  @Id Long id;
                  @RenamedFrom("FullName") @Column(name = "display_name") String displayName;
                  @my.own.RenamedFrom("\\"Nick\\"") String nickname;
                }
                """)
            .read();

    assertThat(model.renames())
        .containsExactly(
            RenameHint.table(Identifier.of("persons"), Identifier.of("people")),
            RenameHint.column(
                Identifier.of("people"), Identifier.of("fullname"), Identifier.of("display_name")),
            RenameHint.column(
                Identifier.of("people"), Identifier.of("Nick"), Identifier.of("nickname")));
  }

  @Test
  void springNamingSnakeCasesTablesColumnsAndSequences() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "s/OrderLine.java",
                """
                package s;
                import jakarta.persistence.*;
                @Entity
                @Table(indexes = @Index(columnList = "productCode, lineNo"))
                public class OrderLine {
                  @Id @GeneratedValue Long id;
                  String productCode;
                  @Column(name = "lineNo") int lineNo;
                  String sku2Code;
                }
                """)
            .read(NamingStrategy.SPRING);

    Table table = table(model, "order_line");
    assertThat(table.columns())
        .extracting(c -> c.name().value())
        .containsExactly("id", "product_code", "line_no", "sku2_code");
    assertThat(table.indexes())
        .containsExactly(
            new Index(
                Identifier.of("idx_order_line_product_code_line_no"),
                ids("product_code", "line_no"),
                false,
                Optional.empty()));
    assertThat(model.desired().sequences())
        .extracting(s -> s.name().value())
        .containsExactly("order_line_seq");
  }

  @Test
  void tableIndexesAndUniqueConstraintsWithAndWithoutNames() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "t/Product.java",
                """
                package t;
                import jakarta.persistence.*;
                @Entity
                @Table(
                    name = Product.TABLE,
                    indexes = {
                      @Index(name = "ix_product_sku", columnList = "sku", unique = true),
                      @Index(columnList = "category,name")
                    },
                    uniqueConstraints = {
                      @UniqueConstraint(columnNames = {"category", "name"}),
                      @UniqueConstraint(name = "uq_code", columnNames = "code")
                    })
                public class Product {
                  static final String TABLE = "prod" + "ucts";
                  @Id Long id;
                  String sku;
                  String category;
                  String name;
                  String code;
                }
                """)
            .read();

    Table table = table(model, "products");
    assertThat(table.indexes())
        .containsExactly(
            new Index(Identifier.of("ix_product_sku"), ids("sku"), true, Optional.empty()),
            new Index(
                Identifier.of("idx_products_category_name"),
                ids("category", "name"),
                false,
                Optional.empty()));
    assertThat(table.uniques())
        .containsExactly(
            new UniqueConstraint(
                Identifier.of("products_category_name_key"), ids("category", "name")),
            new UniqueConstraint(Identifier.of("uq_code"), ids("code")));
    assertThat(column(table, "sku").type()).isEqualTo(SqlType.of("varchar", 255));
    assertThat(model.warnings()).isEmpty();
  }
}
