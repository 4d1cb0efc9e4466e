package dev.autogen.introspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.model.Column;
import dev.autogen.model.SqlType;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Character set and collation names read from the server are written unquoted into column
 * definitions, so only plain names pass.
 */
class ColumnReaderTest {

  private static final Column NOTE = Column.of("note", SqlType.of("varchar", 40), true);

  @Test
  void plainNamesPassAndAbsentOnesStayAbsent() throws SQLException {
    assertThat(ColumnReader.checkedName("orders", NOTE, "collation", "utf8mb4_0900_ai_ci"))
        .contains("utf8mb4_0900_ai_ci");
    assertThat(ColumnReader.checkedName("orders", NOTE, "character set", "latin1"))
        .contains("latin1");
    assertThat(ColumnReader.checkedName("orders", NOTE, "collation", null)).isEmpty();
    assertThat(ColumnReader.checkedName("orders", NOTE, "collation", "")).isEmpty();
  }

  @Test
  void anythingElseIsRefusedNamingTheTableAndColumnInOneLine() {
    for (String hostile :
        new String[] {
          "utf8mb4 DEFAULT 'x'", "latin1;\nDROP TABLE orders", "utf8`", "utf8-x", "ütf8"
        }) {
      assertThatThrownBy(() -> ColumnReader.checkedName("orders", NOTE, "collation", hostile))
          .isInstanceOf(SQLException.class)
          .hasMessage(
              "table orders column note: the server's collation name is not letters, digits and"
                  + " underscores; autogen does not copy it into a column definition");
    }
  }
}
