package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A migration folder whose second file holds {@code statements} statements, for {@code autogen lint
 * --skip-schema-check} (issue 16: a 10,000-statement file lints in under 5 s). The first file
 * creates the tables, so the big file changes existing ones; its statements mix what makes a
 * splitter work: strings with semicolons and doubled or backslashed quotes, {@code E''} strings,
 * comments, dollar-quoted function bodies and {@code DO} blocks, and what the statement rules and
 * the replayed state work on: columns with defaults, checks added {@code NOT VALID} and validated,
 * indexes. Lint reports findings on it (exit 1).
 */
final class LargeMigration {

  private LargeMigration() {}

  /** Writes {@code dir/db/migration} (replacing {@code dir}) and returns the lint command. */
  static List<String> create(Path dir, String autogen, int statements) throws IOException {
    BenchMain.deleteTree(dir);
    Path migrations = Files.createDirectories(dir.resolve("db/migration"));
    int tables = Math.max(1, statements / 10);
    StringBuilder base = new StringBuilder();
    for (int t = 0; t < tables; t++) {
      base.append("CREATE TABLE t").append(t).append(" (id bigint PRIMARY KEY, name text);\n");
    }
    Files.writeString(migrations.resolve("V1__tables.sql"), base);
    // no SET lock_timeout: the lock-timeout rule then looks back over the file at every statement
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < statements; i++) {
      big.append(statement(i, tables)).append('\n');
    }
    Path file = migrations.resolve("V2__many_statements.sql");
    Files.writeString(file, big);
    return List.of(
        autogen,
        "lint",
        "--dialect",
        "postgres",
        "--skip-schema-check",
        "--migrations",
        migrations.toString(),
        file.toString());
  }

  /**
   * {@code LargeMigration DIR N}: writes the folder and prints the arguments of the lint command
   * after {@code autogen}, one per line ({@code bench/run.sh lint}).
   */
  public static void main(String[] args) throws IOException {
    List<String> command =
        create(Path.of(args[0]), "autogen", args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
    command.subList(1, command.size()).forEach(System.out::println);
  }

  private static String statement(int i, int tables) {
    String table = "t" + (i % tables);
    return switch (i % 12) {
      case 0 -> "ALTER TABLE " + table + " ADD COLUMN c" + i + " integer;";
      case 1 ->
          "INSERT INTO " + table + " (id, name) VALUES (" + i + ", 'it''s ; -- not a comment');";
      case 2 -> "UPDATE " + table + " SET name = E'esc \\' ; x' WHERE id = " + i + ";";
      case 3 -> "COMMENT ON TABLE " + table + " IS 'table " + i + "; with a semicolon';";
      case 4 -> "-- a comment; with a semicolon\nSELECT count(*) FROM " + table + ";";
      case 5 ->
          "CREATE FUNCTION f"
              + i
              + "() RETURNS integer AS $fn$\nBEGIN\n  RETURN 1; -- ;\nEND;\n$fn$ LANGUAGE plpgsql;";
      case 6 -> "/* block /* nested; */ comment */ SELECT $$" + i + ";$$, U&'d\\0061t';";
      case 7 -> "DO $$ BEGIN PERFORM 1; END $$;";
      // what the statement rules and the replayed state work on
      case 8 -> "ALTER TABLE " + table + " ADD COLUMN d" + i + " text DEFAULT 'x';";
      case 9 -> "ALTER TABLE " + table + " ADD CONSTRAINT k" + i + " CHECK (id > 0) NOT VALID;";
      case 10 -> "ALTER TABLE t" + ((i - 1) % tables) + " VALIDATE CONSTRAINT k" + (i - 1) + ";";
      default -> "CREATE INDEX ON " + table + " (name);";
    };
  }
}
