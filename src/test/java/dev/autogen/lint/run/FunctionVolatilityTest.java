package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.lint.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the dev database's pg_proc answer does to default-volatility-unknown warnings. */
class FunctionVolatilityTest {

  private static List<Finding> warnings() throws Exception {
    Path dir = LintCorpus.ROOT.resolve("function_from_do_block");
    return LintCorpus.POSTGRES.statements(dir, LintCorpus.targets(dir)).findings();
  }

  @Test
  void asksAboutTheFunctionsOfTheWarnings() throws Exception {
    assertThat(FunctionVolatility.asked(warnings()))
        .containsExactly("legacy_region", "legacy_token");
  }

  @Test
  void aVolatileFunctionBecomesVolatileDefaultAndAStableOneIsDropped() throws Exception {
    List<Finding> findings = new ArrayList<>(warnings());
    FunctionVolatility.settle(findings, Map.of("legacy_token", 'v', "legacy_region", 's'));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().code()).isEqualTo("volatile-default");
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.message())
                  .startsWith("the default of orders.token calls legacy_token(), which the dev")
                  .contains("provolatile = 'v'");
            });
  }

  @Test
  void aFunctionTheDevDatabaseLacksKeepsItsWarning() throws Exception {
    List<Finding> findings = new ArrayList<>(warnings());
    FunctionVolatility.settle(findings, Map.of("legacy_token", 'i'));
    assertThat(findings)
        .extracting(f -> f.rule().code() + ":" + f.line())
        .containsExactly("default-volatility-unknown:5");
  }
}
