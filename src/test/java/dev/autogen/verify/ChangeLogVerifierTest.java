package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.devdb.LiquibaseSession.ChangeSetName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which changesets {@code verify} treats as the newest: those of the last changelog file. */
class ChangeLogVerifierTest {

  private static ChangeSetName cs(String file, String id) {
    return new ChangeSetName(file, id, "autogen");
  }

  @Test
  void theNewestAreTheTrailingChangesetsOfTheLastFile() {
    List<ChangeSetName> unrun =
        List.of(
            cs("db/changelog/001.sql", "1"),
            cs("db/changelog/20260102__x.sql", "20260102-1-x"),
            cs("db/changelog/20260103__y.sql", "20260103-1-y"),
            cs("db/changelog/20260103__y.sql", "20260103-2-y_indexes"));

    assertThat(ChangeLogVerifier.newest(unrun))
        .extracting(ChangeSetName::id)
        .containsExactly("20260103-1-y", "20260103-2-y_indexes");
  }

  @Test
  void aFileIncludedAgainLaterStartsANewGroup() {
    List<ChangeSetName> unrun =
        List.of(cs("a.sql", "1"), cs("b.sql", "2"), cs("a.sql", "3"), cs("a.sql", "4"));

    assertThat(ChangeLogVerifier.newest(unrun))
        .extracting(ChangeSetName::id)
        .containsExactly("3", "4");
  }

  @Test
  void aSingleFileChangelogIsVerifiedWhole() {
    List<ChangeSetName> unrun = List.of(cs("master.sql", "1"), cs("master.sql", "2"));

    assertThat(ChangeLogVerifier.newest(unrun)).isEqualTo(unrun);
  }

  @Test
  void aChangelogWithoutChangesetsHasNothingToVerify() {
    assertThatThrownBy(() -> ChangeLogVerifier.verified(List.of(), false))
        .isInstanceOf(NothingToVerifyException.class)
        .hasMessage("the change log has no changesets to verify");
  }

  @Test
  void allVerifiesEveryUnrunChangeset() throws Exception {
    List<ChangeSetName> unrun = List.of(cs("a.sql", "1"), cs("b.sql", "2"));

    assertThat(ChangeLogVerifier.verified(unrun, true)).isEqualTo(unrun);
    assertThat(ChangeLogVerifier.verified(unrun, false))
        .extracting(ChangeSetName::id)
        .containsExactly("2");
  }
}
