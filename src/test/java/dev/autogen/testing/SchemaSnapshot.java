package dev.autogen.testing;

import dev.autogen.introspect.Introspection;
import dev.autogen.model.Check;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Identifier;
import dev.autogen.model.Identity;
import dev.autogen.model.Index;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Schema;
import dev.autogen.model.Sequence;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import dev.autogen.model.TableStatistics;
import dev.autogen.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A stable text form of an {@link Introspection} (the current schema, table statistics, server
 * version and time zone) and its parser, so that a scenario's current schema, read once from the
 * real database by {@code ScenarioIT}, can feed the stages in a unit test without a database. One
 * line per object, names bare when they are plain words and in double quotes otherwise, every
 * expression quoted ({@code ""} for a quote inside), in the model's own order:
 *
 * <pre>
 * server 15
 * time zone "UTC"
 * statistics users rows 3 bytes 16384
 * table users
 *   column id bigint not null identity by_default
 *   column "Mixed Case" varchar (40) null default "'x'::character varying"
 *   primary key named users_pkey (id)
 *   unique users_email_key (email)
 *   index users_name_idx (name)
 *   index users_lower_idx unique () opaque "CREATE UNIQUE INDEX ..."
 *   foreign key users_team_fk (team_id) references team (id) on delete cascade on update no_action
 *   check users_age_check "(age &gt;= 0)"
 * sequence users_seq start 1 increment 50
 * </pre>
 *
 * Entity-only column hints (enum constants, converter) are not part of it: an introspected schema
 * has none.
 */
public final class SchemaSnapshot {

  private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private SchemaSnapshot() {}

  /** The text of {@code introspection}. */
  public static String format(Introspection introspection) {
    StringBuilder out = new StringBuilder();
    out.append("server ").append(string(introspection.serverVersion())).append('\n');
    out.append("time zone ").append(string(introspection.timeZone())).append('\n');
    for (TableStatistics s : introspection.statistics()) {
      out.append("statistics ")
          .append(name(s.table()))
          .append(" rows ")
          .append(s.estimatedRows())
          .append(" bytes ")
          .append(s.totalBytes())
          .append('\n');
    }
    Schema schema = introspection.current();
    for (Table t : schema.tables()) {
      out.append("table ").append(name(t.name())).append('\n');
      t.columns().forEach(c -> out.append("  ").append(column(c)).append('\n'));
      t.primaryKey()
          .ifPresent(
              pk ->
                  out.append("  primary key ")
                      .append(pk.name().map(n -> "named " + name(n) + " ").orElse(""))
                      .append(names(pk.columns()))
                      .append('\n'));
      for (UniqueConstraint u : t.uniques()) {
        out.append("  unique ").append(name(u.name())).append(' ').append(names(u.columns()));
        out.append('\n');
      }
      for (Index i : t.indexes()) {
        out.append("  index ")
            .append(name(i.name()))
            .append(i.unique() ? " unique " : " ")
            .append(names(i.columns()))
            .append(i.opaqueDefinition().map(d -> " opaque " + string(d)).orElse(""))
            .append('\n');
      }
      for (ForeignKey f : t.foreignKeys()) {
        out.append("  foreign key ")
            .append(name(f.name()))
            .append(' ')
            .append(names(f.columns()))
            .append(" references ")
            .append(name(f.referencedTable()))
            .append(' ')
            .append(names(f.referencedColumns()))
            .append(" on delete ")
            .append(word(f.onDelete()))
            .append(" on update ")
            .append(word(f.onUpdate()))
            .append('\n');
      }
      for (Check c : t.checks()) {
        out.append("  check ").append(name(c.name())).append(' ').append(string(c.expression()));
        out.append('\n');
      }
    }
    for (Sequence s : schema.sequences()) {
      out.append("sequence ")
          .append(name(s.name()))
          .append(" start ")
          .append(s.start())
          .append(" increment ")
          .append(s.increment())
          .append('\n');
    }
    return out.toString();
  }

  private static String column(Column c) {
    SqlType type = c.type();
    StringBuilder out = new StringBuilder("column ");
    out.append(name(c.name())).append(' ');
    out.append(BARE.matcher(type.name()).matches() ? type.name() : string(type.name()));
    if (!type.args().isEmpty()) {
      out.append(' ').append(list(type.args(), String::valueOf));
    }
    if (!type.values().isEmpty()) {
      out.append(" values ").append(list(type.values(), SchemaSnapshot::string));
    }
    out.append(c.nullable() ? " null" : " not null");
    c.defaultExpression().ifPresent(d -> out.append(" default ").append(string(d)));
    c.identity().ifPresent(i -> out.append(" identity ").append(word(i)));
    return out.toString();
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String name(Identifier id) {
    return BARE.matcher(id.value()).matches() ? id.value() : string(id.value());
  }

  private static String names(List<Identifier> ids) {
    return list(ids, SchemaSnapshot::name);
  }

  private static <T> String list(List<T> items, Function<T, String> each) {
    return items.stream().map(each).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String string(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * The introspection {@code text} describes.
   *
   * @throws IllegalArgumentException naming the line of the first thing it cannot read
   */
  public static Introspection parse(String text) {
    return new Reader(new Tokens(text)).introspection();
  }

  /** Reads the tokens in the order {@link #format} writes them. */
  private static final class Reader {

    private final Tokens in;
    private String server = "";
    private String timeZone = "";
    private final List<TableStatistics> statistics = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();

    Reader(Tokens in) {
      this.in = in;
    }

    Introspection introspection() {
      while (!in.atEnd()) {
        String keyword = in.word();
        switch (keyword) {
          case "server" -> server = in.any();
          case "time" -> {
            in.expect("zone");
            timeZone = in.any();
          }
          case "statistics" -> {
            Identifier table = in.name();
            in.expect("rows");
            long rows = in.number();
            in.expect("bytes");
            statistics.add(new TableStatistics(table, rows, in.number()));
          }
          case "table" -> tables.add(table(in.name()));
          case "sequence" -> {
            Identifier name = in.name();
            in.expect("start");
            long start = in.number();
            in.expect("increment");
            sequences.add(new Sequence(name, start, in.number()));
          }
          default -> throw in.error("unexpected " + keyword);
        }
      }
      return new Introspection(new Schema(tables, sequences), statistics, server, timeZone);
    }

    private Table table(Identifier name) {
      List<Column> columns = new ArrayList<>();
      Optional<PrimaryKey> primaryKey = Optional.empty();
      List<UniqueConstraint> uniques = new ArrayList<>();
      List<Index> indexes = new ArrayList<>();
      List<ForeignKey> foreignKeys = new ArrayList<>();
      List<Check> checks = new ArrayList<>();
      while (!in.atEnd() && !in.peekWord("table") && !in.peekWord("sequence")) {
        String keyword = in.word();
        switch (keyword) {
          case "column" -> columns.add(column());
          case "primary" -> {
            in.expect("key");
            Optional<Identifier> pkName =
                in.peekWord("named") ? Optional.of(in.skip().name()) : Optional.empty();
            primaryKey = Optional.of(new PrimaryKey(pkName, in.names()));
          }
          case "unique" -> uniques.add(new UniqueConstraint(in.name(), in.names()));
          case "index" -> {
            Identifier index = in.name();
            boolean unique = in.peekWord("unique");
            if (unique) {
              in.skip();
            }
            List<Identifier> on = in.names();
            Optional<String> opaque =
                in.peekWord("opaque") ? Optional.of(in.skip().any()) : Optional.empty();
            indexes.add(new Index(index, on, unique, opaque));
          }
          case "foreign" -> {
            in.expect("key");
            Identifier fk = in.name();
            List<Identifier> from = in.names();
            in.expect("references");
            Identifier target = in.name();
            List<Identifier> to = in.names();
            in.expect("on");
            in.expect("delete");
            ReferentialAction onDelete = in.choice(ReferentialAction.class);
            in.expect("on");
            in.expect("update");
            foreignKeys.add(
                new ForeignKey(fk, from, target, to, onDelete, in.choice(ReferentialAction.class)));
          }
          case "check" -> checks.add(new Check(in.name(), in.any()));
          default -> throw in.error("unexpected " + keyword + " in table " + name);
        }
      }
      return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks);
    }

    private Column column() {
      Identifier name = in.name();
      String typeName = in.any();
      List<Integer> args = new ArrayList<>();
      if (in.peek("(")) {
        in.list(() -> args.add((int) in.number()));
      }
      List<String> values = new ArrayList<>();
      if (in.peekWord("values")) {
        in.skip().list(() -> values.add(in.any()));
      }
      boolean nullable = !in.peekWord("not");
      if (!nullable) {
        in.skip();
      }
      in.expect("null");
      Optional<String> defaultExpression =
          in.peekWord("default") ? Optional.of(in.skip().any()) : Optional.empty();
      Optional<Identity> identity =
          in.peekWord("identity")
              ? Optional.of(in.skip().choice(Identity.class))
              : Optional.empty();
      return new Column(
          name, new SqlType(typeName, args, values), nullable, defaultExpression, identity);
    }
  }
}
