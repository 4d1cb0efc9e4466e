package dev.autogen.entities;

import static dev.autogen.entities.Sources.column;
import static dev.autogen.entities.Sources.encoding;
import static dev.autogen.entities.Sources.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.SqlType;
import dev.autogen.model.Table;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A converted field's column records its converter, which the planner needs for type changes. */
class ConverterColumnTest {

  @TempDir Path root;

  @Test
  void convertedColumnsNameTheirConverter() throws Exception {
    EntityModel model =
        new Sources(root)
            .add(
                "e/YesNo.java",
                """
                package e;
                import jakarta.persistence.*;
                public class YesNo implements AttributeConverter<Boolean, Integer> {
                  public Integer convertToDatabaseColumn(Boolean b) { return b ? 1 : 0; }
                  public Boolean convertToEntityAttribute(Integer i) { return i == 1; }
                }
                """)
            .add(
                "e/Upper.java",
                """
                package e;
                import jakarta.persistence.*;
                @Converter(autoApply = true)
                public class Upper implements AttributeConverter<java.util.Locale, String> {
                  public String convertToDatabaseColumn(java.util.Locale l) { return l.toString(); }
                  public java.util.Locale convertToEntityAttribute(String s) { return null; }
                }
                """)
            .add(
                "e/Account.java",
                """
                package e;
                import jakarta.persistence.*;
                @Entity public class Account {
                  @Id Long id;
                  @Convert(converter = YesNo.class) Boolean active;
                  java.util.Locale locale;
                  @Convert(disableConversion = true) Boolean plain;
                  String name;
                }
                """)
            .read();

    Table t = table(model, "account");
    assertThat(column(t, "active").type()).isEqualTo(SqlType.of("integer"));
    assertThat(encoding(model, "account", "active").converter()).contains("YesNo");
    assertThat(encoding(model, "account", "locale").converter()).contains("Upper");
    assertThat(encoding(model, "account", "plain").converter()).isEmpty();
    assertThat(encoding(model, "account", "name").converter()).isEmpty();
  }

  @Test
  void aConverterThatExtendsAGenericBaseConverterTakesTheBoundDatabaseType() throws Exception {
    // hawkbit: StatusConverter extends MapAttributeConverter<Status, Integer>
    EntityModel model =
        new Sources(root)
            .add(
                "g/MapConverter.java",
                """
                package g;
                import jakarta.persistence.*;
                public class MapConverter<J extends Enum<J>, D> implements AttributeConverter<J, D> {
                  public D convertToDatabaseColumn(J j) { return null; }
                  public J convertToEntityAttribute(D d) { return null; }
                }
                """)
            .add(
                "g/Middle.java",
                """
                package g;
                public abstract class Middle<E extends Enum<E>> extends MapConverter<E, Integer> {}
                """)
            .add(
                "g/Job.java",
                """
                package g;
                import jakarta.persistence.*;
                @Entity public class Job {
                  public enum Status { NEW, DONE }
                  @Id Long id;
                  @Convert(converter = StatusConverter.class) Status status;
                  @Convert(converter = ShortConverter.class) Status middle;
                  @Converter public static class StatusConverter extends MapConverter<Status, Integer> {}
                  public static class ShortConverter extends Middle<Status> {}
                }
                """)
            .read();

    Table t = table(model, "job");
    assertThat(column(t, "status").type()).isEqualTo(SqlType.of("integer"));
    assertThat(column(t, "middle").type()).isEqualTo(SqlType.of("integer"));
    assertThat(t.checks()).isEmpty();
    assertThat(model.warnings())
        .extracting(Object::toString)
        .allMatch(w -> w.contains("Hibernate checks the values"));
  }
}
