package dev.autogen.it;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.mysql.MysqlDialect;
import dev.autogen.dialect.mysql.MysqlFlavour;
import dev.autogen.model.Column;
import dev.autogen.model.Schema;
import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated round trips of {@link RoundTripIT} on the local MariaDB, each in a database of its
 * own ({@code rt_...}): the pairs of {@link PairGenerator} restricted to what MariaDB holds (see
 * {@link #FLAVOUR}), their types written as MariaDB's introspection gives them. As many pairs as
 * RoundTripIT: jqwik's default tries, which the build sets from {@code -Dautogen.rounds} (200 in
 * CI, about 70 s here).
 */
class MariaDbRoundTripIT {

  static final Dialect DIALECT = MysqlDialect.create(MysqlFlavour.MARIADB);

  /**
   * Where MariaDB 10.11 truly differs from PostgreSQL. Left out: timestamptz (MariaDB has no type
   * that keeps a time zone or offset), jsonb (MariaDB's json is an alias of longtext with a
   * json_valid check, so it is text again); a text key, unique or index (a BLOB/TEXT column in a
   * key needs a prefix length, error 1170, which the model does not carry), hence no varchar
   * widening to text either (the column may be indexed). Names need nothing: 63 bytes are at most
   * 63 characters, within MariaDB's 64.
   */
  static final PairGenerator.Flavour FLAVOUR =
      new PairGenerator.Flavour(
          DIALECT,
          List.of(ColumnKind.values()).stream()
              .filter(k -> k != ColumnKind.TIMESTAMPTZ && k != ColumnKind.JSONB)
              .toList(),
          ColumnKind.KEYS.stream().filter(k -> k != ColumnKind.TEXT).toList(),
          k -> k != ColumnKind.TEXT && k != ColumnKind.BYTEA,
          false,
          c -> true,
          // every column may be renamed, as on PostgreSQL (the rename bugs of issue 14 are fixed:
          // see MariaDbRenameRoundTripIT)
          (t, c) -> true,
          true);

  @Property
  void everyGeneratedPairRoundTrips(@ForAll("pairs") List<Integer> choices) throws Exception {
    SchemaPair pair = onMariaDb(PairGenerator.generate(choices, FLAVOUR));
    try {
      RoundTrip.run(pair, TARGET);
    } catch (AssertionError | Exception e) {
      throw new AssertionError(e.getMessage() + "\n" + pair, e);
    }
  }

  @Provide
  Arbitrary<List<Integer>> pairs() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(0).ofMaxSize(120);
  }

  /** The pair with MariaDB's type names and default forms, as its introspection reads them. */
  static SchemaPair onMariaDb(SchemaPair pair) {
    return new SchemaPair(
        onMariaDb(pair.a()), onMariaDb(pair.b()), pair.renames(), pair.rows(), pair.salt());
  }

  private static Schema onMariaDb(Schema s) {
    return new Schema(s.tables().stream().map(MariaDbRoundTripIT::onMariaDb).toList(), List.of());
  }

  private static Table onMariaDb(Table t) {
    return new Table(
        t.name(),
        t.columns().stream().map(MariaDbRoundTripIT::onMariaDb).toList(),
        t.primaryKey(),
        t.uniques(),
        t.indexes(),
        t.foreignKeys(),
        t.checks());
  }

  private static Column onMariaDb(Column c) {
    SqlType type = DIALECT.types().parse(typeText(c.type()));
    return new Column(
        c.name(),
        type,
        c.nullable(),
        c.defaultExpression().map(d -> DIALECT.columnDefault(defaultText(c, d), type)),
        c.identity());
  }

  private static String typeText(SqlType t) {
    return switch (ColumnKind.of(t)) {
      case NUMERIC -> "decimal(" + t.args().get(0) + "," + t.args().get(1) + ")";
      case VARCHAR -> "varchar(" + t.args().get(0) + ")";
      case CHAR -> "char(" + t.args().get(0) + ")";
      case REAL -> "float";
      case DOUBLE -> "double";
      case BOOLEAN -> "tinyint(1)";
      case TIMESTAMP -> "datetime(6)";
      case UUID_ -> "uuid";
      case BYTEA -> "blob";
      default -> t.name();
    };
  }

  private static String defaultText(Column c, String d) {
    return switch (ColumnKind.of(c.type())) {
      case BOOLEAN -> "1";
      case BYTEA -> "x'00'";
      default -> d;
    };
  }

  /** The local MariaDB; rows' literals and text in MariaDB's SQL. */
  static final RoundTrip.Target TARGET =
      new RoundTrip.Target() {
        @Override
        public Dialect dialect() {
          return DIALECT;
        }

        @Override
        public void inFreshSchema(LocalPostgres.SchemaWork work) throws Exception {
          LocalMariaDb.inDatabase("rt_mdbroundtrip", work::run);
        }

        @Override
        public String literal(SqlType type, int i, String salt) {
          return switch (type.name()) {
            case "smallint", "int", "bigint" -> String.valueOf(i);
            case "tinyint" -> String.valueOf(i % 2);
            case "decimal" -> i + ".25";
            case "float", "double" -> i + ".5";
            case "varchar", "text" -> quoted(truncated(salt, 12) + i);
            case "char" -> quoted(truncated(salt, 8) + i);
            case "date" -> "'2024-01-01' + INTERVAL " + i + " DAY";
            case "datetime" -> "'2024-01-01 10:00:00' + INTERVAL " + i + " MINUTE";
            case "uuid" ->
                quoted(
                    UUID.nameUUIDFromBytes((salt + i).getBytes(StandardCharsets.UTF_8)).toString());
            case "blob" -> "x'" + String.format(Locale.ROOT, "%04x", i) + "'";
            default -> throw new IllegalArgumentException("no literal for " + type);
          };
        }

        @Override
        public String asText(String quotedColumn) {
          return "CAST(" + quotedColumn + " AS CHAR)";
        }
      };

  private static String truncated(String s, int codePoints) {
    return s.codePointCount(0, s.length()) <= codePoints
        ? s
        : s.substring(0, s.offsetByCodePoints(0, codePoints));
  }

  private static String quoted(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
