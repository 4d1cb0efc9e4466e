package dev.autogen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where templates come from: the jar's {@code templates/} by default; a user folder (laid out like
 * {@code templates/}, e.g. {@code DIR/postgres/add_column.sql.mustache}) overrides file by file,
 * and every file it lacks falls back to the jar's.
 *
 * <p>Lookup order for a list of candidate paths (dialect folder first, then {@code ansi/}): each
 * candidate in the user folder, then each candidate in the jar. Anything the user wrote therefore
 * wins over anything shipped, including a user {@code ansi/} file over a shipped dialect file.
 *
 * <p>The user folder is a {@link TemplateFolder} the caller reads; the jar's templates are
 * classpath resources.
 */
public final class TemplateSource {

  private static final String ROOT = "templates/";

  private final Optional<TemplateFolder> overrides;

  private TemplateSource(Optional<TemplateFolder> overrides) {
    this.overrides = overrides;
  }

  /** Only the templates shipped in the jar. */
  public static TemplateSource bundled() {
    return new TemplateSource(Optional.empty());
  }

  /** The user's folder first, the jar's templates for the rest. */
  public static TemplateSource withOverrides(TemplateFolder folder) {
    return new TemplateSource(Optional.of(Objects.requireNonNull(folder, "folder")));
  }

  /**
   * Whether statement templates exist for a dialect folder, in the user's folder or the jar. A
   * folder counts when it has {@code create_index.sql.mustache}: {@code ansi/} has none, since how
   * an index is built is always the dialect's own.
   */
  public boolean hasDialect(String folder) {
    String marker = folder + "/create_index.sql.mustache";
    return overrides.flatMap(o -> o.read(marker)).isPresent()
        || readBundled(ROOT + marker).isPresent();
  }

  /**
   * The first template found for the candidate paths (relative to {@code templates/}).
   *
   * @throws IllegalStateException naming {@code what} and every place searched, when none exists
   */
  TemplateText find(String what, List<String> candidates) {
    List<String> searched = new ArrayList<>();
    if (overrides.isPresent()) {
      for (String candidate : candidates) {
        Optional<String> text = overrides.get().read(candidate);
        if (text.isPresent()) {
          return new TemplateText(overrides.get().where(candidate), text.get());
        }
        searched.add(overrides.get().where(candidate));
      }
    }
    for (String candidate : candidates) {
      Optional<String> text = readBundled(ROOT + candidate);
      if (text.isPresent()) {
        return new TemplateText("classpath:" + ROOT + candidate, text.get());
      }
      searched.add("classpath:" + ROOT + candidate);
    }
    throw new IllegalStateException(
        "no template for " + what + "; searched " + String.join(", ", searched));
  }

  private static Optional<String> readBundled(String resource) {
    try (InputStream in = TemplateSource.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled template " + resource, e);
    }
  }

  /** A template's text and where it was found (for messages). */
  record TemplateText(String origin, String text) {}
}
