package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.testing.PostgresWords;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every sentence a MySQL or MariaDB dialect gives a plan (each step kind's header, each hazard, the
 * switch's lock), whether or not a plan on that server reaches it, holds no PostgreSQL word;
 * MariaDbDialectVoiceIT checks what the scenarios actually print and write.
 */
class DialectVoiceTest {

  @ParameterizedTest
  @EnumSource(MysqlFlavour.class)
  void mysqlStepsAndHazardsSpeakMysql(MysqlFlavour flavour) throws Exception {
    Dialect dialect = MysqlDialect.create(flavour);
    List<String> sentences = new ArrayList<>();
    sentences.addAll(strings(dialect.steps()));
    sentences.addAll(strings(dialect.wording()));
    assertThat(sentences).hasSize(11 * 3 + 3 + 12);
    assertThat(PostgresWords.in(String.join("\n", sentences), Set.of())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MysqlFlavour.class)
  void generatedNamesFollowMysql(MysqlFlavour flavour) {
    IdentifierRules rules = MysqlDialect.create(flavour).identifiers();
    String names =
        "orders_customer_id_"
            + rules.generatedForeignKeySuffix()
            + "\nusers_email_"
            + rules.generatedUniqueSuffix();
    assertThat(PostgresWords.in(names, Set.of())).isEmpty();
  }

  /** The strings of a record, those of its {@link StepText} components included. */
  private static List<String> strings(Record r) throws Exception {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object value = c.getAccessor().invoke(r);
      if (value instanceof StepText t) {
        out.addAll(List.of(t.title(), t.why(), t.next()));
      } else if (value instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }
}
