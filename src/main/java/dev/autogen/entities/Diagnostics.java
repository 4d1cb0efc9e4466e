package dev.autogen.entities;

import com.github.javaparser.ast.Node;
import dev.autogen.model.SourceLocation;
import dev.autogen.model.Warning;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the reader's warnings, each once, and hands them out ordered by file, line and message:
 * entities are mapped on several threads (issue 18), so the order they were reported in is not the
 * order they are handed out in.
 */
final class Diagnostics {

  private final Set<Warning> warnings = new LinkedHashSet<>();

  synchronized void warn(SourceFile file, Node node, String message) {
    warnings.add(new Warning(file.at(node), message));
  }

  synchronized void warn(SourceLocation location, String message) {
    warnings.add(new Warning(location, message));
  }

  /** A warning at {@code at}, an annotation of {@code field}. */
  void warn(PersistentField field, AnnotationValues at, String message) {
    warn(field.file(), at.annotation(), message);
  }

  /** A warning that {@code field} maps nothing, because of {@code why}. */
  void skipped(PersistentField field, AnnotationValues at, String why) {
    warn(field, at, why + "; field '" + field.name() + "' skipped");
  }

  SourceProblem error(SourceFile file, Node node, String message) {
    return new SourceProblem(file.at(node), message);
  }

  synchronized List<Warning> warnings() {
    return warnings.stream()
        .sorted(
            Comparator.comparing((Warning w) -> w.location().file().toString())
                .thenComparingInt(w -> w.location().line())
                .thenComparing(Warning::message))
        .toList();
  }
}
