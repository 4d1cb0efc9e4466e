package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generators declared on a package, as Hibernate 7.4 exports them (set package_generators). */
class PackageGeneratorTest {

  @TempDir Path root;

  private static final String SHOP_INFO =
      "@SequenceGenerator(name = \"shop_seq\", sequenceName = \"shop_ids\","
          + " allocationSize = 5, initialValue = 10)\n"
          + "package shop;\nimport jakarta.persistence.SequenceGenerator;\n";

  private static final String APP_INFO =
      "@GenericGenerator(name = \"app_generic\", strategy = \"enhanced-sequence\", parameters = {"
          + "@Parameter(name = \"sequence_name\", value = \"app_ids\"),"
          + "@Parameter(name = \"increment_size\", value = \"7\")})\n"
          + "package app;\n"
          + "import org.hibernate.annotations.GenericGenerator;\n"
          + "import org.hibernate.annotations.Parameter;\n";

  /** An entity {@code name} of package {@code pkg} whose Long id is generated as written. */
  private static String entity(String pkg, String name, String generated, String onClass) {
    return "package "
        + pkg
        + ";\nimport jakarta.persistence.*;\n"
        + onClass
        + "\n@Entity public class "
        + name
        + " {\n  @Id @GeneratedValue("
        + generated
        + ")\n  private Long id;\n}\n";
  }

  @Test
  void aPackageSequenceGeneratorServesEntitiesOfEveryPackage() throws Exception {
    String byName = "strategy = GenerationType.SEQUENCE, generator = \"shop_seq\"";
    EntityModel model =
        new Sources(root)
            .add("shop/package-info.java", SHOP_INFO)
            .add("shop/Purchase.java", entity("shop", "Purchase", byName, ""))
            .add("app/Voucher.java", entity("app", "Voucher", byName, ""))
            .read();

    assertThat(model.desired().sequences())
        .containsExactly(new Sequence(Identifier.of("shop_ids"), 10, 5));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void anEntitysOwnGeneratorOfTheSameNameWins() throws Exception {
    EntityModel model =
        new Sources(root)
            .add("shop/package-info.java", SHOP_INFO)
            .add(
                "shop/Refund.java",
                entity(
                    "shop",
                    "Refund",
                    "strategy = GenerationType.SEQUENCE, generator = \"shop_seq\"",
                    "@SequenceGenerator(name = \"shop_seq\", sequenceName = \"refund_ids\","
                        + " allocationSize = 2)"))
            .read();

    assertThat(model.desired().sequences())
        .containsExactly(new Sequence(Identifier.of("refund_ids"), 1, 2));
  }

  @Test
  void aPackageGenericGeneratorMakesItsSequence() throws Exception {
    EntityModel model =
        new Sources(root)
            .add("app/package-info.java", APP_INFO)
            .add("app/Lesson.java", entity("app", "Lesson", "generator = \"app_generic\"", ""))
            .read();

    assertThat(model.desired().sequences())
        .containsExactly(new Sequence(Identifier.of("app_ids"), 1, 7));
  }

  @Test
  void anUnnamedPackageSequenceGeneratorServesOnlyItsPackage() throws Exception {
    String unnamed = "strategy = GenerationType.SEQUENCE";
    EntityModel model =
        new Sources(root)
            .add(
                "misc/package-info.java",
                "@SequenceGenerator(sequenceName = \"misc_ids\", allocationSize = 4)\n"
                    + "package misc;\nimport jakarta.persistence.SequenceGenerator;\n")
            .add("misc/Ticket.java", entity("misc", "Ticket", unnamed, ""))
            .add("app/Note.java", entity("app", "Note", unnamed, ""))
            .read();

    assertThat(model.desired().sequences())
        .containsExactlyInAnyOrder(
            new Sequence(Identifier.of("misc_ids"), 1, 4),
            new Sequence(Identifier.of("note_seq"), 1, 50));
  }
}
