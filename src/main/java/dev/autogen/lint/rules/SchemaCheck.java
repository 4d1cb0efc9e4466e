package dev.autogen.lint.rules;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Change;
import dev.autogen.diff.ChangeNames;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.Keys;
import dev.autogen.lint.state.MigrationState;
import dev.autogen.lint.state.Subject;
import dev.autogen.lint.state.Touches;
import dev.autogen.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic half of the lint: the schema before and after the linted files are diffed and
 * classified with the same engine as {@code autogen -m}; every breaking change becomes a finding
 * unless the statement pass already reported it (same object) or saw an expand/contract sequence
 * that handles it. This catches breaking changes whatever SQL spelled them (a DO block, a
 * function).
 */
public final class SchemaCheck {
  private SchemaCheck() {}

  /** The rule of a breaking change kind, e.g. {@code breaking-drop-column}. */
  static Rule rule(String kind) {
    return Rule.error(
        "breaking-" + kind.replace('_', '-'),
        "The schema change " + kind + " breaks the application version that is still running.",
        "Split it into expand and contract steps (autogen -m plans them) and ship the contract step after the old code is gone.");
  }

  public static List<Finding> findings(
      Dialect dialect, Schema before, Schema after, StatementPass pass) {
    MigrationState state = pass.state();
    Keys keys = state.keys();
    Touches touches = state.touches();
    ChangeSet changes = new Differ().diff(before, after, state.tables().renames());
    List<Assessment> assessments = new Classifier(dialect, List.of()).classify(changes);
    Set<Subject> reported = new HashSet<>(touches.handled());
    pass.findings().forEach(f -> f.subject().ifPresent(s -> reported.add(keys.subject(s))));
    String fallbackFile = pass.files().isEmpty() ? "" : pass.files().get(pass.files().size() - 1);
    List<Finding> out = new ArrayList<>();
    for (Assessment a : assessments) {
      if (!a.isBreaking()) {
        continue;
      }
      String subject = subject(a.change()).text();
      Subject key = key(keys, a.change());
      if (reported.contains(key)) {
        continue;
      }
      Optional<Touches.Location> touched =
          touches.last(key).or(() -> touches.last(key.tableOnly()));
      Optional<Touches.Location> opaque = touches.lastOpaque();
      // a DO block or other opaque statement after the last visible touch is the likely author
      Touches.Location where =
          opaque.isPresent() && (touched.isEmpty() || opaque.get().order() > touched.get().order())
              ? opaque.get()
              : touched.orElse(new Touches.Location(fallbackFile, 1, 0));
      out.add(
          new Finding(
              where.file(),
              where.line(),
              rule(a.change().kind()),
              a.change().kind() + " " + subject + ": " + lowerFirst(withoutPeriod(a.reason())),
              Optional.of(subject),
              Optional.empty()));
    }
    return out;
  }

  /** The object a change concerns, named as the statement rules name it (old names for renames). */
  static Subject subject(Change c) {
    ChangeNames names = ChangeNames.of(c);
    return new Subject(names.formerTable(), names.formerColumn());
  }

  /** The subject of a change as the lint state keys it. */
  static Subject key(Keys keys, Change c) {
    Subject s = subject(c);
    return keys.subject(s.table(), s.column());
  }

  private static String withoutPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
