package dev.autogen.lint.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The columns a trigger fills, as the surface reader reads them. */
class SurfaceReaderTest {

  @Test
  void triggerAssignmentsAreRead() {
    assertThat(
            SurfaceReader.assigned(
                "BEGIN IF NEW.a IS NULL THEN NEW.a := NEW.b; END IF; NEW.c:=1; RETURN NEW; END",
                LintCorpus.DIALECT))
        .containsExactlyInAnyOrder("a", "c");
    assertThat(
            SurfaceReader.assigned(
                "BEGIN IF NEW.a = 1 THEN SET NEW.b = NEW.c, NEW.d = 2; END IF; END",
                dev.autogen.dialect.Dialects.forName("mariadb")))
        .containsExactlyInAnyOrder("b", "d");
  }
}
