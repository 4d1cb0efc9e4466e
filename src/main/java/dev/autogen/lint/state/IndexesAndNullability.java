package dev.autogen.lint.state;

import dev.autogen.model.Identifier;
import dev.autogen.sql.Token;
import dev.autogen.sql.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which columns the statements seen so far declared nullable or NOT NULL, and the plain columns of
 * each index they created, by index name: what {@code ADD PRIMARY KEY USING INDEX} needs to know
 * whether PostgreSQL will have to set a column NOT NULL (a full scan under its lock). A column no
 * statement declared (made before the folder's first file) is unknown, never assumed nullable.
 */
public final class IndexesAndNullability {
  /** An index: its table and its columns, empty entries for expressions. */
  public record Index(String table, List<Optional<String>> columns) {}

  private final Keys keys;
  private final Tokenizer tokens;
  private final Map<ColumnKey, Boolean> notNull = new HashMap<>();
  private final Map<Identifier, Index> indexes = new HashMap<>();

  IndexesAndNullability(Keys keys, Tokenizer tokens) {
    this.keys = keys;
    this.tokens = tokens;
  }

  /** Whether a statement seen so far left the column nullable (false when unknown). */
  public boolean knownNullable(String table, String column) {
    return Boolean.FALSE.equals(notNull.get(keys.column(table, column)));
  }

  /** The index of that name a statement seen so far created. */
  public Optional<Index> index(String name) {
    return Optional.ofNullable(indexes.get(keys.table(name)));
  }

  void declared(String table, String column, boolean isNotNull) {
    notNull.put(keys.column(table, column), isNotNull);
  }

  /** Records the column's nullability only when a statement declared the column. */
  void changed(String table, String column, boolean isNotNull) {
    notNull.computeIfPresent(keys.column(table, column), (k, v) -> isNotNull);
  }

  void columnRenamed(String table, String from, String to) {
    Boolean was = notNull.remove(keys.column(table, from));
    if (was != null) {
      notNull.put(keys.column(table, to), was);
    }
  }

  /**
   * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON [ONLY] t [USING m] (cols)}:
   * an unnamed index cannot be named by USING INDEX, so it is not kept.
   */
  void indexCreated(String table, String sql) {
    List<Token> t = tokens.tokens(sql);
    int i = 0;
    while (i < t.size() && !t.get(i).is("INDEX")) {
      i++;
    }
    i++;
    if (i < t.size() && t.get(i).is("CONCURRENTLY")) {
      i++;
    }
    if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT")) {
      i += 3;
    }
    if (i >= t.size() || t.get(i).is("ON") || !t.get(i).isName()) {
      return;
    }
    // a schema-qualified name: the last part names the index
    String name = t.get(i).name();
    while (i + 2 < t.size() && t.get(i + 1).isSymbol(".")) {
      i += 2;
      name = t.get(i).name();
    }
    while (i < t.size() && !t.get(i).isSymbol("(")) {
      i++;
    }
    List<Optional<String>> columns = new ArrayList<>();
    int depth = 0;
    List<Token> entry = new ArrayList<>();
    for (; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.isSymbol("(") && depth++ == 0) {
        continue;
      }
      if (x.isSymbol(")") && --depth == 0) {
        columns.add(column(entry));
        break;
      }
      if (x.isSymbol(",") && depth == 1) {
        columns.add(column(entry));
        entry.clear();
      } else {
        entry.add(x);
      }
    }
    indexes.put(keys.table(name), new Index(table, List.copyOf(columns)));
  }

  /**
   * {@code col [COLLATE c] [opclass] [ASC|DESC] [NULLS ...]}: the column; empty for expressions.
   */
  private static Optional<String> column(List<Token> entry) {
    boolean call = entry.size() > 1 && entry.get(1).isSymbol("(");
    return !entry.isEmpty() && entry.get(0).isName() && !call
        ? Optional.of(entry.get(0).name())
        : Optional.empty();
  }
}
