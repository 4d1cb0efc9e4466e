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
}
