package dev.autogen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One {@code autogen lint} in process on a Liquibase project whose master is {@code
 * db/changelog/master.yaml}: its exit code and what it printed.
 */
record LiquibaseLintRun(int exit, String out, String err) {

  static LiquibaseLintRun of(Path project, String dialect, String... files) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> all =
        new ArrayList<>(
            List.of(
                "lint",
                "--config",
                "/dev/null",
                "--dialect",
                dialect,
                "--changelog",
                project.resolve("db/changelog/master.yaml").toString()));
    all.addAll(List.of(files));
    int exit = cl.execute(all.toArray(String[]::new));
    return new LiquibaseLintRun(exit, out.toString(), err.toString());
  }

  /** An XML changelog of {@code changeSets} (indented two spaces), with Liquibase's header. */
  static String xml(String changeSets) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
              http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
        """
        + changeSets
        + "</databaseChangeLog>\n";
  }
}
