package dev.autogen.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.ColumnSize;
import dev.autogen.dialect.JdbcKind;
import dev.autogen.dialect.ServerVersion;
import dev.autogen.dialect.TypeMapper;
import dev.autogen.model.SqlType;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MysqlTypeMapperTest {

  private final TypeMapper maria =
      MysqlDialect.create(MysqlFlavour.MARIADB, new ServerVersion(10, 11, 6)).types();
  private final TypeMapper mysql = MysqlDialect.create().types();

  /**
   * The catalog's spellings MariaDB 10.11 gave columns declared {@code tinyint(1)}, {@code int(4)},
   * {@code int zerofill} and plain (tried); MySQL 8.0.19+ reports {@code int} without a width.
   */
  @Test
  void keepsTheDisplayWidthsAndZerofillThatTheTypeDrops() {
    assertThat(maria.declaredSpelling("tinyint(1)")).contains("tinyint(1)");
    assertThat(maria.declaredSpelling("int(4)")).contains("int(4)");
    assertThat(maria.declaredSpelling("INT(4) UNSIGNED")).contains("int(4) unsigned");
    assertThat(maria.declaredSpelling("int(10) unsigned zerofill"))
        .contains("int(10) unsigned zerofill");
    assertThat(maria.declaredSpelling("mediumint(9)")).as("the default width").isEmpty();
    assertThat(maria.declaredSpelling("int(11)")).isEmpty();
    assertThat(maria.declaredSpelling("int(10) unsigned")).isEmpty();
    assertThat(mysql.declaredSpelling("int")).isEmpty();
    assertThat(maria.declaredSpelling("varchar(4)")).as("not an integer").isEmpty();
    assertThat(maria.declaredSpelling("decimal(4,0)")).isEmpty();
  }

  @Test
  void parsesCatalogSpellingsIntoOneForm() {
    assertThat(maria.parse("int(11)"))
        .isEqualTo(maria.parse("INTEGER"))
        .isEqualTo(SqlType.of("int"));
    assertThat(maria.parse("bigint(20) unsigned")).hasToString("bigint unsigned");
    assertThat(maria.parse("tinyint(1)")).isEqualTo(maria.parse("boolean"));
    assertThat(maria.parse("bit")).isEqualTo(SqlType.of("bit", 1));
    assertThat(maria.parse("varchar(255)")).isEqualTo(SqlType.of("varchar", 255));
    assertThat(maria.parse("decimal(38,2)")).isEqualTo(maria.parse("numeric(38, 2)"));
    assertThat(maria.parse("decimal")).isEqualTo(SqlType.of("decimal", 10, 0));
    assertThat(maria.parse("datetime(6)")).isEqualTo(SqlType.of("datetime", 6));
    assertThat(maria.parse("datetime(0)")).isEqualTo(maria.parse("datetime"));
    assertThat(maria.parse("time(0)")).isEqualTo(SqlType.of("time"));
    assertThat(maria.parse("float(23)")).isEqualTo(SqlType.of("float"));
    assertThat(maria.parse("float(53)")).isEqualTo(maria.parse("double precision"));
    assertThat(maria.parse("binary(16)")).isEqualTo(SqlType.of("binary", 16));
    assertThat(maria.parse("json")).isEqualTo(SqlType.of("json"));
    assertThat(maria.parse("uuid")).isEqualTo(SqlType.of("uuid"));
    assertThat(maria.parse("enum('A','it''s','b\\\\c')"))
        .isEqualTo(SqlType.listing("enum", List.of("A", "it's", "b\\c")));
    assertThat(maria.parse("ENUM ('LOW', 'HIGH')").values()).containsExactly("LOW", "HIGH");
  }

  @Test
  void rendersWhatItParses() {
    for (String text :
        List.of(
            "int",
            "bigint unsigned",
            "varchar(255)",
            "decimal(12,2)",
            "datetime(6)",
            "enum('A','it''s')",
            "longtext")) {
      SqlType type = maria.parse(text);
      assertThat(maria.parse(maria.render(type))).as(text).isEqualTo(type);
    }
    assertThat(maria.render(SqlType.listing("enum", List.of("A", "B")))).isEqualTo("enum('A','B')");
  }

  @Test
  void kindsMapAsHibernatesMysqlDialectsExportThem() {
    // what Hibernate 7.4 MySQLDialect / MariaDBDialect wrote for the fixtures (HibernateSchema)
    assertThat(maria.forKind(JdbcKind.BOOLEAN, ColumnSize.none())).hasToString("bit(1)");
    assertThat(maria.forKind(JdbcKind.INTEGER, ColumnSize.none())).hasToString("int");
    assertThat(maria.forKind(JdbcKind.REAL, ColumnSize.none())).hasToString("float");
    assertThat(maria.forKind(JdbcKind.DOUBLE, ColumnSize.none())).hasToString("double");
    assertThat(maria.forKind(JdbcKind.CHAR, ColumnSize.none())).hasToString("varchar(1)");
    assertThat(maria.forKind(JdbcKind.NUMERIC, ColumnSize.none())).hasToString("decimal(38,2)");
    assertThat(maria.forKind(JdbcKind.TIMESTAMP, ColumnSize.none())).hasToString("datetime(6)");
    assertThat(maria.forKind(JdbcKind.TIMESTAMP_WITH_TIMEZONE, ColumnSize.none()))
        .hasToString("datetime(6)");
    assertThat(maria.forKind(JdbcKind.TIME, ColumnSize.none())).hasToString("time");
    assertThat(maria.forKind(JdbcKind.CLOB, ColumnSize.none())).hasToString("longtext");
    assertThat(maria.forKind(JdbcKind.BLOB, ColumnSize.none())).hasToString("longblob");
    assertThat(maria.forKind(JdbcKind.VARBINARY, ColumnSize.none())).hasToString("varbinary(255)");
    assertThat(maria.forKind(JdbcKind.UUID, ColumnSize.none())).hasToString("uuid");
    assertThat(mysql.forKind(JdbcKind.UUID, ColumnSize.none())).hasToString("binary(16)");
    assertThat(maria.forKind(JdbcKind.VARCHAR, length(20_000))).hasToString("text");
    assertThat(maria.nativeEnum(List.of("LOW", "HIGH")).orElseThrow())
        .hasToString("enum('HIGH','LOW')");
  }

  @Test
  void varcharGrowsInPlaceOnlyWithinItsLengthByteClass() {
    assertThat(maria.isMetadataOnlyChange(vc(10), vc(60))).isTrue();
    assertThat(maria.isMetadataOnlyChange(vc(60), vc(100))).as("crosses 255 bytes").isFalse();
    assertThat(maria.isMetadataOnlyChange(vc(100), vc(500))).isTrue();
    assertThat(maria.isMetadataOnlyChange(vc(100), vc(50))).isFalse();
    assertThat(maria.isMetadataOnlyChange(SqlType.of("int"), SqlType.of("bigint"))).isFalse();
    assertThat(maria.isWidening(SqlType.of("int"), SqlType.of("bigint"))).isTrue();
    assertThat(maria.isWidening(vc(100), SqlType.of("text"))).isTrue();
    assertThat(maria.isWidening(SqlType.of("bigint"), SqlType.of("int"))).isFalse();
  }

  @Test
  void enumsGrowInPlaceOnlyAtTheEnd() {
    SqlType ab = SqlType.listing("enum", List.of("A", "B"));
    SqlType abc = SqlType.listing("enum", List.of("A", "B", "C"));
    SqlType cab = SqlType.listing("enum", List.of("C", "A", "B"));
    assertThat(maria.isMetadataOnlyChange(ab, abc)).isTrue();
    assertThat(maria.isMetadataOnlyChange(ab, cab)).as("reorders stored indexes").isFalse();
    assertThat(maria.isWidening(ab, cab)).isTrue();
    assertThat(maria.isWidening(abc, ab)).isFalse();
  }

  private static SqlType vc(int n) {
    return SqlType.of("varchar", n);
  }

  private static ColumnSize length(int n) {
    return new ColumnSize(OptionalInt.of(n), OptionalInt.empty(), OptionalInt.empty());
  }

  @Test
  void castTargetsAreTheNamesCastTakes() {
    assertThat(maria.castTarget(maria.parse("bigint(20)"))).isEqualTo("SIGNED");
    assertThat(maria.castTarget(maria.parse("tinyint(1)"))).isEqualTo("SIGNED");
    assertThat(maria.castTarget(maria.parse("decimal(10,2)"))).isEqualTo("DECIMAL(10,2)");
    assertThat(maria.castTarget(maria.parse("varchar(40)"))).isEqualTo("CHAR(40)");
    assertThat(maria.castTarget(maria.parse("datetime(6)"))).isEqualTo("DATETIME(6)");
    assertThat(maria.castTarget(maria.parse("double"))).isEqualTo("DOUBLE");
    assertThat(maria.castTarget(maria.parse("longtext"))).isEqualTo("CHAR");
    assertThat(maria.castTarget(maria.parse("varbinary(16)"))).isEqualTo("BINARY(16)");
  }

  @Test
  void castTargetsOfAliasesAreThoseOfTheirCanonicalNames() {
    // a type built without parse keeps the alias the entity or the user wrote
    assertThat(maria.castTarget(SqlType.of("integer"))).isEqualTo("SIGNED");
    assertThat(maria.castTarget(SqlType.of("boolean"))).isEqualTo("SIGNED");
    assertThat(maria.castTarget(SqlType.of("int8"))).isEqualTo("SIGNED");
    assertThat(maria.castTarget(SqlType.of("numeric", 12, 2))).isEqualTo("DECIMAL(12,2)");
    assertThat(maria.castTarget(SqlType.of("double precision"))).isEqualTo("DOUBLE");
    assertThat(maria.castTarget(SqlType.of("float8"))).isEqualTo("DOUBLE");
    assertThat(maria.castTarget(SqlType.of("nvarchar", 40))).isEqualTo("CHAR(40)");
    assertThat(maria.castTarget(SqlType.of("mediumblob"))).isEqualTo("BINARY");
    assertThat(maria.castTarget(SqlType.of("long varbinary"))).isEqualTo("BINARY");
  }

  @Test
  void keyBytesCountUtf8mb4CharactersAndLeaveTextUnbounded() {
    // hawkBit's (name, query): 128 * 4 + 1024 * 4 bytes, over InnoDB's 3,072
    assertThat(maria.keyBytes(maria.parse("varchar(1024)"))).isEqualTo(4096);
    assertThat(maria.keyBytes(maria.parse("char(10)"))).isEqualTo(40);
    assertThat(maria.keyBytes(maria.parse("varbinary(700)"))).isEqualTo(700);
    assertThat(maria.keyBytes(maria.parse("bigint"))).isEqualTo(8);
    assertThat(maria.keyBytes(maria.parse("mediumtext"))).isEqualTo(Long.MAX_VALUE);
    assertThat(maria.keyBytes(maria.parse("blob"))).isEqualTo(Long.MAX_VALUE);
    assertThat(mysql.keyBytes(mysql.parse("json"))).isEqualTo(Long.MAX_VALUE);
  }
}
