package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.classify.HazardCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

  @Test
  void everyHazardCodeHasASectionInDocsRulesMd() throws Exception {
    RuleDocs docs = new RuleDocs(Files.readString(Path.of("docs/rules.md")));
    for (HazardCode code : HazardCode.values()) {
      assertThat(docs.section(code))
          .as(code.code())
          .hasValueSatisfying(
              s -> {
                assertThat(s).startsWith("### " + code.code() + "\n");
                assertThat(s).contains("Default severity:** " + code.defaultSeverity().word());
                assertThat(s).contains("Safe alternative:");
              });
    }
  }

  @Test
  void bundledCopyIsTheSameFile() throws Exception {
    RuleDocs bundled = RuleDocs.bundled();
    RuleDocs source = new RuleDocs(Files.readString(Path.of("docs/rules.md")));
    assertThat(bundled.section(HazardCode.DATA_LOSS))
        .isEqualTo(source.section(HazardCode.DATA_LOSS));
  }

  @Test
  void sectionStopsAtTheNextHeading() {
    RuleDocs docs = new RuleDocs("# t\n### data_loss\nrows go\n\n### irreversible\nno way back\n");
    assertThat(docs.section(HazardCode.DATA_LOSS)).contains("### data_loss\nrows go\n");
    assertThat(docs.section(HazardCode.BLOCKING_LOCK)).isEmpty();
  }
}
