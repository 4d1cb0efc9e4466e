package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.mysql.MysqlDialect;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names longer than the server keeps are refused with the limit, not shortened by the server. */
class IdentifierLengthsTest {

  @TempDir Path root;

  private Sources entity(String column) {
    return new Sources(root)
        .add(
            "x/A.java",
            "package x; import jakarta.persistence.*; @Entity @Table(name = \"users\") class A {"
                + " @Id Long id; @Column(name = \""
                + column
                + "\") String v; }");
  }

  @Test
  void columnOverSixtyThreeBytesIsRefusedOnPostgres() {
    Sources sources = entity("c".repeat(64));
    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageContaining(sources.path("x/A.java").toString())
        .hasMessageContaining("column users." + "c".repeat(64) + " is 64 bytes long")
        .hasMessageContaining("at most 63 bytes");
  }

  @Test
  void sixtyThreeBytesFit() throws EntityReadException {
    assertThat(
            Sources.column(Sources.table(entity("c".repeat(63)).read(), "users"), "c".repeat(63)))
        .isNotNull();
  }

  @Test
  void multiByteCharactersCountAsBytesOnPostgres() {
    // 32 characters, 64 bytes
    Sources sources = entity("é".repeat(32));
    assertThatThrownBy(sources::read).hasMessageContaining("is 64 bytes long");
  }

  @Test
  void mysqlCountsSixtyFourCharacters() throws EntityReadException {
    Sources fits = entity("é".repeat(64));
    assertThat(
            new EntityReader(MysqlDialect.create(), NamingStrategy.JPA)
                .read(List.of(root))
                .desired()
                .tables())
        .hasSize(1);
    Sources tooLong = entity("c".repeat(65));
    assertThatThrownBy(
            () -> new EntityReader(MysqlDialect.create(), NamingStrategy.JPA).read(List.of(root)))
        .hasMessageContaining("is 65 characters long")
        .hasMessageContaining("at most 64 characters");
    assertThat(fits).isNotNull();
    assertThat(tooLong).isNotNull();
  }

  @Test
  void aLineBreakInANameIsRefusedWithTheFile() {
    Sources sources = entity("v\\nDROP TABLE users; --");
    assertThatThrownBy(sources::read)
        .isInstanceOf(EntityReadException.class)
        .hasMessageContaining(sources.path("x/A.java").toString())
        .hasMessageContaining(
            "column users.v?drop table users; -- contains the control character U+000A");
  }
}
