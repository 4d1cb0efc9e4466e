package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Identifier;
import dev.autogen.model.Sequence;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hibernate's {@code @GenericGenerator} as Hibernate 7.4 exports it (set generic_generators). */
class GenericGeneratorTest {

  @TempDir Path root;

  private static String entity(String name, String generator, String id) {
    return "package a;\nimport jakarta.persistence.*;\n"
        + "import org.hibernate.annotations.GenericGenerator;\n"
        + "import org.hibernate.annotations.Parameter;\n"
        + "@Entity public class "
        + name
        + " {\n  @Id @GeneratedValue(generator = \"g\")\n  @GenericGenerator(name = \"g\", "
        + generator
        + ")\n  private "
        + id
        + " id;\n}\n";
  }

  /** The model of one entity Lesson whose Long id draws from generator {@code g}. */
  private EntityModel lesson(String generator) throws Exception {
    return new Sources(root).add("a/Lesson.java", entity("Lesson", generator, "Long")).read();
  }

  @Test
  void aSequenceStyleGeneratorMakesItsSequence() throws Exception {
    EntityModel model =
        lesson(
            "strategy = \"enhanced-sequence\", parameters = {"
                + "@Parameter(name = \"sequence_name\", value = \"lesson_ids\"),"
                + "@Parameter(name = \"increment_size\", value = \"20\"),"
                + "@Parameter(name = \"initial_value\", value = \"1000\")}");

    assertThat(model.desired().sequences())
        .containsExactly(new Sequence(Identifier.of("lesson_ids"), 1000, 20));
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void aHiLoOptimizerStepsTheSequenceByOne() throws Exception {
    EntityModel model =
        lesson(
            "type = org.hibernate.id.enhanced.SequenceStyleGenerator.class, parameters = {"
                + "@Parameter(name = \"optimizer\", value = \"legacy-hilo\"),"
                + "@Parameter(name = \"increment_size\", value = \"32767\")}");

    // without sequence_name the generator's name is the sequence's
    assertThat(model.desired().sequences()).containsExactly(new Sequence(Identifier.of("g"), 1, 1));
  }

  @Test
  void aForcedTableIsOneNullableValueColumn() throws Exception {
    EntityModel model =
        lesson(
            "strategy = \"enhanced-sequence\", parameters = {"
                + "@Parameter(name = \"sequence_name\", value = \"hibernate_unique_key\"),"
                + "@Parameter(name = \"force_table_use\", value = \"true\"),"
                + "@Parameter(name = \"value_column\", value = \"next_hi\")}");

    var table = Sources.table(model, "hibernate_unique_key");
    assertThat(table.columns()).hasSize(1);
    assertThat(Sources.column(table, "next_hi").nullable()).isTrue();
    assertThat(table.primaryKey()).isEmpty();
    assertThat(model.desired().sequences()).isEmpty();
  }

  @Test
  void aUuidOrAssignedStrategyAddsNothingAndDoesNotWarn() throws Exception {
    EntityModel model =
        new Sources(root)
            .add("a/A.java", entity("A", "strategy = \"uuid\"", "String"))
            .add("a/B.java", entity("B", "strategy = \"uuid2\"", "java.util.UUID"))
            .add("a/C.java", entity("C", "strategy = \"assigned\"", "Long"))
            .add("a/D.java", entity("D", "strategy = \"increment\"", "Long"))
            .read();

    assertThat(model.desired().sequences()).isEmpty();
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void anIdentityStrategyMakesAnIdentityColumn() throws Exception {
    EntityModel model =
        new Sources(root).add("a/A.java", entity("A", "strategy = \"identity\"", "Long")).read();

    assertThat(Sources.column(Sources.table(model, "a"), "id").identity()).isPresent();
  }

  @Test
  void aStrategyAutogenCannotReadIsNamedOnceWithTheGenerator() throws Exception {
    Sources sources =
        new Sources(root)
            .add("a/A.java", entity("A", "strategy = \"native\"", "Long"))
            .add("a/B.java", entity("B", "strategy = \"com.example.CodeGenerator\"", "Long"));
    EntityModel model = sources.read();

    assertThat(model.desired().sequences()).isEmpty();
    assertThat(model.warnings())
        .extracting(w -> w.location().file() + ":" + w.location().line() + ": " + w.message())
        .containsExactly(
            sources.path("a/A.java")
                + ":7: @GenericGenerator strategy 'native' (generator 'g') is not supported yet;"
                + " no sequence is created",
            sources.path("a/B.java")
                + ":7: @GenericGenerator strategy 'com.example.CodeGenerator' (generator 'g') is"
                + " not supported yet; no sequence is created");
  }
}
