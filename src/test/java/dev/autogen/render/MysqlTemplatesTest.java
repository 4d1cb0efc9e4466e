package dev.autogen.render;

import static dev.autogen.render.SamplePlans.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.ServerVersion;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.model.Column;
import dev.autogen.model.Identity;
import dev.autogen.model.SqlType;
import dev.autogen.plan.AddCheck;
import dev.autogen.plan.AddColumn;
import dev.autogen.plan.CreateIndex;
import dev.autogen.plan.DropNotNull;
import dev.autogen.plan.OnlineSchemaChange;
import dev.autogen.plan.Operation;
import dev.autogen.plan.OperationKindNames;
import dev.autogen.plan.RenameColumn;
import dev.autogen.plan.SetNotNull;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MySQL / MariaDB templates: every kind resolves, and ALTERs demand the online way. */
class MysqlTemplatesTest {

  private final Dialect mariadb = MysqlDialect.create(MysqlFlavour.MARIADB);
  private final Dialect mysql = MysqlDialect.create(MysqlFlavour.MYSQL);

  @Test
  void everyOperationKindHasAMysqlTemplate() {
    Renderer renderer = new Renderer(mariadb, TemplateSource.bundled());
    for (String kind : OperationKindNames.ALL) {
      assertThat(renderer.templateOrigin(kind))
          .as(kind)
          .matches("classpath:templates/(mysql|ansi)/" + kind + "\\.sql\\.mustache");
    }
    assertThat(TemplateSource.bundled().hasDialect(mariadb.templateFolder())).isTrue();
  }

  @Test
  void everySampleRendersWithoutGapsForBothFlavours() {
    for (Dialect d : new Dialect[] {mariadb, mysql}) {
      Renderer renderer = new Renderer(d, TemplateSource.bundled());
      OperationSamples.all()
          .forEach(
              s ->
                  assertThat(renderer.statement(s.op()))
                      .as(s.name())
                      .isNotBlank()
                      .doesNotEndWith(";")
                      .doesNotContain("{{")
                      // an opaque index is the server's own statement, replayed verbatim
                      .satisfies(
                          sql -> {
                            if (!s.name().contains("opaque")) {
                              assertThat(sql).doesNotContain("\"user\"");
                            }
                          }));
    }
  }

  /**
   * A change handed to pt-online-schema-change: the commands (quoted for a shell: backticks inside
   * single quotes, a quote closed, escaped and reopened), then the ALTER restated as instant, which
   * passes only once the tool has made the change.
   */
  @Test
  void onlineSchemaChangeCarriesTheToolsCommands() {
    Renderer renderer = new Renderer(mariadb, TemplateSource.bundled());
    Operation check =
        new AddCheck(id("user"), new dev.autogen.model.Check(id("note_ok"), "note <> 'x'"), false);
    String tool =
        " --alter-foreign-keys-method auto --preserve-triggers --max-load Threads_running=25"
            + " --critical-load Threads_running=50 --chunk-size 1000";
    assertThat(
            renderer.statement(
                new OnlineSchemaChange(id("user"), check, 1_234_567, "h=db,D=app,t=user")))
        .isEqualTo(
            "-- pt-online-schema-change: `user` holds about 1,234,567 rows; run these before this"
                + " file:\n"
                + "--   pt-online-schema-change --alter 'ADD CONSTRAINT IF NOT EXISTS `note_ok`"
                + " CHECK (note <> '\\''x'\\'')'"
                + tool
                + " --dry-run 'h=db,D=app,t=user'\n"
                + "--   pt-online-schema-change --alter 'ADD CONSTRAINT IF NOT EXISTS `note_ok`"
                + " CHECK (note <> '\\''x'\\'')'"
                + tool
                + " --execute 'h=db,D=app,t=user'\n"
                + "ALTER TABLE `user` ADD CONSTRAINT IF NOT EXISTS `note_ok` CHECK (note <> 'x'),"
                + " ALGORITHM=INSTANT");
  }

  /**
   * Names are the user's: a table or database holding {@code $(...)}, backticks or a quote reaches
   * pt-online-schema-change as literal text when the operator's shell runs the written command. The
   * tool is replaced by {@code printf}, which prints the arguments it was given, one per line.
   */
  @Test
  void theToolsCommandIsInertInAShellWhateverTheNames(@TempDir Path dir) throws Exception {
    Renderer renderer = new Renderer(mariadb, TemplateSource.bundled());
    String hostile = "o$(touch " + dir.resolve("ran") + ")`touch " + dir.resolve("ticked") + "`'s";
    Operation check =
        new AddCheck(id(hostile), new dev.autogen.model.Check(id("note_ok"), "note <> 'x'"), false);
    String dsn = "h=db,u=o'; touch " + dir.resolve("user") + ";',D=" + hostile + ",t=" + hostile;
    String rendered = renderer.statement(new OnlineSchemaChange(id(hostile), check, 10, dsn));
    List<String> commands =
        rendered
            .lines()
            .filter(l -> l.startsWith("--   pt-online-schema-change "))
            .map(l -> l.substring("--   pt-online-schema-change ".length()))
            .toList();
    assertThat(commands).hasSize(2);
    for (String arguments : commands) {
      Process p =
          new ProcessBuilder("sh", "-c", "printf '%s\\n' " + arguments)
              .redirectErrorStream(true)
              .start();
      String argv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(argv).isZero();
      List<String> words = argv.lines().toList();
      assertThat(words)
          .contains(
              "--alter",
              "ADD CONSTRAINT IF NOT EXISTS `note_ok` CHECK (note <> 'x')",
              "--chunk-size",
              "1000")
          .endsWith(dsn);
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).as("files the shell was made to create").isEmpty();
    }
  }

  @Test
  void modifyRestatesTheWholeColumn() {
    Renderer renderer = new Renderer(mariadb, TemplateSource.bundled());
    Column counter =
        new Column(
            id("counter"),
            SqlType.of("bigint"),
            true,
            Optional.of("7"),
            Optional.of(Identity.BY_DEFAULT));
    assertThat(renderer.statement(new SetNotNull(id("user"), counter)))
        .isEqualTo(
            "ALTER TABLE `user` MODIFY COLUMN `counter` bigint NOT NULL DEFAULT 7 AUTO_INCREMENT,"
                + " ALGORITHM=INPLACE, LOCK=NONE");
    assertThat(renderer.statement(new DropNotNull(id("user"), counter.withNullable(false))))
        .isEqualTo(
            "ALTER TABLE `user` MODIFY COLUMN `counter` bigint NULL DEFAULT 7 AUTO_INCREMENT,"
                + " ALGORITHM=INPLACE, LOCK=NONE");
  }

  @Test
  void altersDemandTheOnlineWayTheServerVersionHas() {
    Column note = Column.of("note", SqlType.of("varchar", 40), true);
    Renderer maria = new Renderer(mariadb, TemplateSource.bundled());
    assertThat(maria.statement(new AddColumn(id("user"), note)))
        .isEqualTo(
            "ALTER TABLE `user` ADD COLUMN IF NOT EXISTS `note` varchar(40) NULL,"
                + " ALGORITHM=INSTANT");
    assertThat(maria.statement(new RenameColumn(id("user"), id("a"), id("b"))))
        .isEqualTo("ALTER TABLE `user` RENAME COLUMN IF EXISTS `a` TO `b`, ALGORITHM=INSTANT");
    Renderer my = new Renderer(mysql, TemplateSource.bundled());
    // MySQL 8.0 has no IF NOT EXISTS on columns
    assertThat(my.statement(new AddColumn(id("user"), note)))
        .isEqualTo("ALTER TABLE `user` ADD COLUMN `note` varchar(40) NULL, ALGORITHM=INSTANT");
    Renderer old =
        new Renderer(
            MysqlDialect.create(MysqlFlavour.MYSQL, new ServerVersion(8, 0, 11)),
            TemplateSource.bundled());
    assertThat(old.statement(new AddColumn(id("user"), note)))
        .endsWith(", ALGORITHM=INPLACE, LOCK=NONE");
    assertThat(
            my.statement(
                new CreateIndex(
                    id("user"),
                    new dev.autogen.model.Index(
                        id("ix_note"), java.util.List.of(id("note")), false, Optional.empty()),
                    false)))
        .isEqualTo("ALTER TABLE `user` ADD INDEX `ix_note` (`note`), ALGORITHM=INPLACE, LOCK=NONE");
  }

  /**
   * A line break in a handed change's ALTER (a name, comment or expression over several lines)
   * would end the comment lines carrying the tool's commands: refused as an unplannable change, one
   * line naming the table and the column, not as an internal error.
   */
  @Test
  void aHandedAlterWithALineBreakIsRefusedNamingTableAndColumn() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> handOrdersColumn("qty\nold"))
        .isInstanceOf(UnrenderableChange.class)
        .hasMessage(
            "table orders, column qty\\nold: pt-online-schema-change cannot take the change, its"
                + " ALTER holds a line break (in a name, comment, default or expression), which"
                + " would end the comment lines that carry the tool's commands; remove the line"
                + " break, or rerun with --allow-copy to write the ALTER with ALGORITHM=COPY");
  }

  /** The widening of column {@code name} of a 1.2M-row orders table, handed to the tool. */
  private String handOrdersColumn(String name) {
    SqlType bigint = SqlType.of("bigint");
    Operation widen =
        new dev.autogen.plan.AlterColumnType(
            id("orders"),
            Column.of(name, bigint, false),
            bigint,
            new dev.autogen.plan.Value.FromColumn(id(name), java.util.Optional.of(bigint)),
            java.util.Optional.of(SqlType.of("int")));
    return new Renderer(mariadb, TemplateSource.bundled())
        .statement(new OnlineSchemaChange(id("orders"), widen, 1_200_000, "D=app,t=orders"));
  }

  /** A ';' in a handed change's ALTER: refused in one line naming table and column, not a crash. */
  @Test
  void aHandedAlterWithASemicolonIsRefusedNamingTableAndColumn() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> handOrdersColumn("qty;old"))
        .isInstanceOf(UnrenderableChange.class)
        .hasMessage(
            "table orders, column qty;old: pt-online-schema-change is not given an ALTER holding a"
                + " ';' (in a name, comment, default or expression); remove it, or rerun with"
                + " --allow-copy to write the ALTER with ALGORITHM=COPY");
  }

  /**
   * An enum's values rewritten in the interim text column: text on both sides of each WHEN (a name
   * compared with a number would read as 0), only the values still to convert.
   */
  @Test
  void convertedValuesAreTextOnBothSidesAndOnlyThoseStillToConvert() {
    Renderer renderer = new Renderer(mariadb, TemplateSource.bundled());
    List<String> status = List.of("SHIPPED", "N'EW");
    assertThat(
            renderer.statement(
                new dev.autogen.plan.ConvertValues(
                    id("orders"),
                    new dev.autogen.plan.Value.EnumMapping(id("status"), status, true))))
        .isEqualTo(
            "UPDATE `orders` SET `status` = CASE `status` WHEN '0' THEN 'SHIPPED' WHEN '1' THEN"
                + " 'N''EW' END WHERE `status` IN ('0', '1')");
    assertThat(
            renderer.statement(
                new dev.autogen.plan.ConvertValues(
                    id("orders"),
                    new dev.autogen.plan.Value.EnumMapping(id("status"), status, false))))
        .isEqualTo(
            "UPDATE `orders` SET `status` = CASE `status` WHEN 'SHIPPED' THEN '0' WHEN 'N''EW' THEN"
                + " '1' END WHERE `status` IN ('SHIPPED', 'N''EW')");
  }

  /**
   * The batched rewrite: a temporary procedure walking the key in --batch-size ranges, committing
   * and pausing after each, updating only the values still to convert in its range.
   */
  @Test
  void convertedValuesInBatchesCommitEachRangeAndTouchOnlyThoseStillToConvert() {
    Renderer renderer = new Renderer(mariadb, TemplateSource.bundled());
    String sql =
        renderer.statement(
            new dev.autogen.plan.BatchedConvertValues(
                id("orders"),
                new dev.autogen.plan.Value.EnumMapping(
                    id("status"), List.of("SHIPPED", "N'EW"), true),
                new dev.autogen.plan.BatchWalk(
                    id("id"), dev.autogen.model.SqlType.of("bigint"), 500, 250)));
    assertThat(sql)
        .startsWith("DROP PROCEDURE IF EXISTS autogen_convert_values;")
        .contains("DELIMITER //\nCREATE PROCEDURE autogen_convert_values()")
        .contains("DECLARE lower_key bigint;")
        .contains("WHERE `id` >= lower_key ORDER BY `id` LIMIT 500")
        .contains(
            "UPDATE `orders` SET `status` = CASE `status` WHEN '0' THEN 'SHIPPED' WHEN '1' THEN"
                + " 'N''EW' END\n      WHERE `id` BETWEEN lower_key AND upper_key AND `status` IN"
                + " ('0', '1');\n    COMMIT;")
        .contains("DO SLEEP(0.250);")
        .contains("CALL autogen_convert_values();")
        .endsWith("DROP PROCEDURE autogen_convert_values");
  }
}
