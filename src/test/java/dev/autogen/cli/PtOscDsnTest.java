package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Identifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** pt-online-schema-change's data source name, read from the URL and the settings. */
class PtOscDsnTest {

  @Test
  void hostPortUserAndDatabaseComeFromTheUrl() {
    assertThat(
            PtOscDsn.of(
                "jdbc:mariadb://db.local:3307/shop?user=app&ssl=true",
                Optional.empty(),
                "",
                Identifier.of("orders")))
        .isEqualTo("h=db.local,P=3307,u=app,D=shop,t=orders");
  }

  /** The tool splits its DSN at commas not preceded by a backslash. */
  @Test
  void aCommaInANameIsEscapedAsTheToolReadsIt() {
    assertThat(
            PtOscDsn.of(
                "jdbc:mariadb://db/x", Optional.of("a,b"), "shop,eu", Identifier.of("or,ders")))
        .isEqualTo("h=db,u=a\\,b,D=shop\\,eu,t=or\\,ders");
  }

  /** The URL's database and user are percent-decoded, as the driver reads them. */
  @Test
  void percentEncodedNamesInTheUrlAreDecoded() {
    assertThat(
            PtOscDsn.of(
                "jdbc:mariadb://db/shop%2Beu%20x?user=a%40b",
                Optional.empty(), "", Identifier.of("orders")))
        .isEqualTo("h=db,u=a@b,D=shop+eu x,t=orders");
  }

  /**
   * A value ending in a backslash would escape the comma after it, and the tool's DSN syntax has no
   * way to say otherwise: refused with exit 2 naming the part; the table, last, may end in one.
   */
  @Test
  void aValueEndingInABackslashBeforeAnotherPartIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                PtOscDsn.of("jdbc:mariadb://db/x", Optional.empty(), "shop\\", Identifier.of("t")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("DSN part D=shop\\")
        .hasMessageContaining("--allow-copy")
        .satisfies(e -> assertThat(((UserError) e).exitCode()).isEqualTo(2));
    assertThat(PtOscDsn.of("jdbc:mariadb://db/x", Optional.empty(), "", Identifier.of("t\\")))
        .isEqualTo("h=db,D=x,t=t\\");
  }
}
