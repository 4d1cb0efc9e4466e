package dev.autogen.cli;

import dev.autogen.classify.HazardCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The documentation of hazard codes and lint rule codes: {@code docs/rules.md}, shipped in the jar,
 * one {@code ### code} section per code (lint rules may be a row of a rules table instead). The
 * file is the single source; this class only cuts sections out of it.
 */
public final class RuleDocs {

  static final String RESOURCE = "/docs/rules.md";

  private final String text;

  public RuleDocs(String text) {
    this.text = text;
  }

  /** The copy bundled with autogen. */
  public static RuleDocs bundled() {
    try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return new RuleDocs(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The section of a code: from its {@code ### code} heading up to the next heading of the same or
   * a higher level, without trailing blank lines.
   */
  public Optional<String> section(HazardCode code) {
    return section(code.code());
  }

  /**
   * The {@code ### code} section of a hazard or lint rule code; for a lint rule documented only as
   * a row of a rules table, that row as {@code ### code} followed by its columns.
   */
  public Optional<String> lintRule(String code) {
    return section(code).or(() -> tableRow(code));
  }

  private Optional<String> tableRow(String code) {
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("| `" + code + "` |")) {
        String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
        if (cells.length >= 4) {
          return Optional.of(
              "### "
                  + code
                  + "\n\n**Severity:** "
                  + cells[1].strip()
                  + "\n\n"
                  + cells[2].strip()
                  + "\n\n**Safe alternative:** "
                  + cells[3].strip()
                  + "\n");
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> section(String code) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    boolean inside = false;
    for (String line : lines) {
      if (inside && (line.startsWith("### ") || line.startsWith("## ") || line.startsWith("# "))) {
        break;
      }
      if (!inside && line.strip().equals("### " + code)) {
        inside = true;
      }
      if (inside) {
        out.append(line).append('\n');
      }
    }
    return inside ? Optional.of(out.toString().stripTrailing() + "\n") : Optional.empty();
  }
}
