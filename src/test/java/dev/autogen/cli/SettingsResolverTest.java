package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.entities.NamingStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SettingsResolverTest {

  @TempDir Path dir;

  private static CommonOptions parse(String... args) {
    CommonOptions o = new CommonOptions();
    new CommandLine(o).parseArgs(args);
    return o;
  }

  @Test
  void defaultsFollowTheMavenLayout() {
    Settings s = new SettingsResolver(k -> null).resolve(parse("--config", writeConfig("")));
    assertThat(s.url()).isEmpty();
    assertThat(s.schema()).as("the database's own default").isEmpty();
    assertThat(s.naming()).isEqualTo(NamingStrategy.JPA);
    assertThat(s.migrations()).isEqualTo(Path.of("src/main/resources/db/migration"));
    assertThat(s.deferred()).isEqualTo(Path.of("src/main/resources/db/deferred").toAbsolutePath());
    assertThat(s.rollback()).isEqualTo(Path.of("src/main/resources/db/rollback").toAbsolutePath());
    assertThat(s.entities()).containsExactly(Path.of("src/main/java"));
  }

  @Test
  void optionBeatsEnvironmentBeatsConfigFile() {
    String config =
        writeConfig(
            "url=jdbc:postgresql://file/db\nuser=fileuser\nschema=app\nentities=src/a, src/b\nnaming=spring\n");
    Map<String, String> env =
        Map.of("AUTOGEN_URL", "jdbc:postgresql://env/db", "AUTOGEN_USER", "envuser");
    Settings fromEnv = new SettingsResolver(env::get).resolve(parse("--config", config));
    assertThat(fromEnv.url()).contains("jdbc:postgresql://env/db");
    assertThat(fromEnv.user()).contains("envuser");
    assertThat(fromEnv.schema()).isEqualTo("app");
    assertThat(fromEnv.naming()).isEqualTo(NamingStrategy.SPRING);
    assertThat(fromEnv.entities()).containsExactly(dir.resolve("src/a"), dir.resolve("src/b"));

    Settings fromOption =
        new SettingsResolver(env::get)
            .resolve(parse("--config", config, "--url", "jdbc:postgresql://opt/db"));
    assertThat(fromOption.url()).contains("jdbc:postgresql://opt/db");
  }

  @Test
  void configPathsAreRelativeToTheConfigFile() {
    Settings s =
        new SettingsResolver(k -> null)
            .resolve(
                parse(
                    "--config",
                    writeConfig("migrations=db/migration\nbackfill=users.tier='basic'\n")));
    assertThat(s.migrations()).isEqualTo(dir.resolve("db/migration"));
    assertThat(s.deferred()).isEqualTo(dir.resolve("db/deferred"));
    assertThat(s.backfills()).containsEntry("users.tier", "'basic'");
  }

  @Test
  void everyDocumentedKeyIsReadFromTheConfigFile() {
    Settings s =
        new SettingsResolver(k -> null)
            .resolve(
                parse(
                    "--config",
                    writeConfig("globally-quoted-identifiers=true\nhistory-base=release-1\n")));
    assertThat(s.globallyQuotedIdentifiers()).isTrue();
    assertThat(s.historyBase()).contains("release-1");
    Settings fromOption =
        new SettingsResolver(k -> null)
            .resolve(
                parse(
                    "--config", writeConfig("history-base=release-1\n"), "--history-base", "main"));
    assertThat(fromOption.historyBase()).contains("main");
  }

  @Test
  void unknownKeysAndValuesAreUsageErrors() {
    assertThatThrownBy(
            () ->
                new SettingsResolver(k -> null)
                    .resolve(parse("--config", writeConfig("migration=x\n"))))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("unknown key 'migration'");
    assertThatThrownBy(
            () ->
                new SettingsResolver(k -> null)
                    .resolve(parse("--config", writeConfig(""), "--naming", "camel")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("--naming");
    assertThatThrownBy(
            () ->
                new SettingsResolver(k -> null)
                    .resolve(parse("--config", dir.resolve("none.properties").toString())))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("does not exist");
  }

  private String writeConfig(String text) {
    try {
      Path p = dir.resolve("autogen.properties");
      Files.writeString(p, text);
      return p.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void renameOptionsBecomeHints() {
    var hints =
        RenameOptions.parse(
            List.of("users.username=display_name", "Customer=client"),
            dev.autogen.dialect.postgres.PostgresDialect.create().identifiers());
    assertThat(hints.get(0).table()).map(Object::toString).contains("users");
    assertThat(hints.get(0).from().value()).isEqualTo("username");
    assertThat(hints.get(1).isTableRename()).isTrue();
    assertThat(hints.get(1).from().value()).isEqualTo("customer");
  }
}
