package dev.autogen.lint.rules;

import dev.autogen.classify.Assessment;
import dev.autogen.classify.Classifier;
import dev.autogen.dialect.Dialect;
import dev.autogen.diff.Change;
import dev.autogen.diff.ChangeNames;
import dev.autogen.diff.ChangeSet;
import dev.autogen.diff.Differ;
import dev.autogen.entities.EntityModel;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Rule;
import dev.autogen.lint.state.Keys;
import dev.autogen.lint.state.MigrationState;
import dev.autogen.lint.state.Subject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The model half of {@code lint --base}: the entity models at the base revision and in the working
 * tree are diffed and classified like {@code autogen -m} would. A breaking change that no migration
 * added by the pull request touches (its table or column, old or new name) was made in the entities
 * only: a finding {@code model-breaking-<kind>} at the entity, since nothing splits it into expand
 * and contract steps. One that the migrations touch is judged by the other checks: the statement
 * rules and the schema check say whether the SQL is safe, and the intermediate-schema check (on a
 * dev database) whether both code versions work after every file.
 */
public final class ModelCheck {
  private ModelCheck() {}

  static Rule rule(String kind) {
    return Rule.error(
        "model-breaking-" + kind.replace('_', '-'),
        "The entity change "
            + kind
            + " breaks the application version that is still running, and no migration of the change splits it into expand and contract steps.",
        "Run autogen -m to write the expand, backfill and contract files, and commit them with the entity change.");
  }

  public static List<Finding> findings(
      Dialect dialect,
      EntityModel base,
      EntityModel head,
      StatementPass pass,
      SourceLocator headSources,
      SourceLocator baseSources) {
    ChangeSet changes = new Differ().diff(base.desired(), head.desired(), head.renames());
    List<Assessment> assessments = new Classifier(dialect, List.of()).classify(changes);
    MigrationState state = pass.state();
    Set<Subject> touched = new HashSet<>();
    for (String file : pass.files()) {
      touched.addAll(state.touches().touchedBy(file));
    }
    List<Finding> out = new ArrayList<>();
    for (Assessment a : assessments) {
      if (!a.isBreaking()) {
        continue;
      }
      Set<Subject> related = related(state.keys(), a.change());
      if (related.stream().anyMatch(touched::contains)) {
        continue;
      }
      String subject = SchemaCheck.subject(a.change()).text();
      String table = a.change().tableName().value();
      // the entities name the column as it is after the change (a rename's new name)
      Optional<String> column = ChangeNames.of(a.change()).column().map(i -> i.value());
      SourceLocator.Place where =
          headSources
              .find(table, column)
              .or(() -> baseSources.find(table, column))
              .orElse(headSources.fallback());
      out.add(
          new Finding(
              where.file(),
              where.line(),
              rule(a.change().kind()),
              a.change().kind()
                  + " "
                  + subject
                  + ": "
                  + lowerFirst(withoutPeriod(a.reason()))
                  + "; no migration of this change handles it",
              Optional.of(subject),
              Optional.empty()));
    }
    return out;
  }

  /** The subjects whose touch by a migration counts for a change: old and new names. */
  private static Set<Subject> related(Keys keys, Change c) {
    Set<Subject> out = new LinkedHashSet<>();
    out.add(SchemaCheck.key(keys, c));
    ChangeNames names = ChangeNames.of(c);
    if (names.renames()) {
      out.add(keys.subject(names.table(), names.column()));
    }
    return out;
  }

  private static String withoutPeriod(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
