package dev.autogen.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.entities.EntityModel;
import dev.autogen.model.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which revision {@code -m} compares with, and when its absence is an error. */
class HistoryBaseTest {

  private static final Path MIGRATIONS = Path.of("db/migration");
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final EntityModel MODEL =
      new EntityModel(new Schema(List.of(), List.of()), List.of(), List.of());

  /** A history with one readable commit; other revisions do not exist. */
  private static final class OneCommit implements EntitySourcesAtRevision {
    final List<String> read = new ArrayList<>();
    final Optional<String> last;

    OneCommit(Optional<String> last) {
      this.last = last;
    }

    @Override
    public Optional<String> lastChanging(Path folder) {
      return folder.equals(MIGRATIONS) ? last : Optional.empty();
    }

    @Override
    public EntitiesAtRevision read(String revision) {
      read.add(revision);
      if (!revision.equals(COMMIT) && !revision.equals("main")) {
        throw new IllegalArgumentException("git rev-parse: unknown revision " + revision);
      }
      return new EntitiesAtRevision(revision, COMMIT, MODEL, List.of());
    }
  }

  @Test
  void theDefaultIsTheLastRevisionThatChangedTheMigrationsNamedByItsShortCommit() throws Exception {
    OneCommit git = new OneCommit(Optional.of(COMMIT));
    Optional<HistoryBase> base = HistoryBase.read(git, MIGRATIONS, Optional.empty());
    assertThat(base).contains(new HistoryBase("0123456789ab", MODEL));
    assertThat(git.read).containsExactly(COMMIT);
  }

  @Test
  void aNamedRevisionKeepsItsName() throws Exception {
    OneCommit git = new OneCommit(Optional.of(COMMIT));
    assertThat(HistoryBase.read(git, MIGRATIONS, Optional.of("main")))
        .contains(new HistoryBase("main", MODEL));
    assertThat(git.read).containsExactly("main");
  }

  @Test
  void noHistoryIsNoBaseButANamedRevisionThatCannotBeReadIsAnError() throws Exception {
    assertThat(HistoryBase.read(new OneCommit(Optional.empty()), MIGRATIONS, Optional.empty()))
        .isEmpty();
    assertThat(HistoryBase.read(new OneCommit(Optional.of("gone")), MIGRATIONS, Optional.empty()))
        .as("a default revision that cannot be read")
        .isEmpty();
    assertThatThrownBy(
            () -> HistoryBase.read(new OneCommit(Optional.empty()), MIGRATIONS, Optional.of("x")))
        .isInstanceOf(HistoryBase.UnreadableRevision.class)
        .hasMessageContaining("unknown revision x");
  }
}
