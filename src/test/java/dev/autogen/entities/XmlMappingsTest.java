package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.model.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlMappingsTest {

  @TempDir Path project;

  @Test
  void eachClassAnXmlFileMapsIsNamedWithFileLineAndTable() throws Exception {
    Path java = project.resolve("src/main/java");
    Sources sources =
        new Sources(java)
            .add(
                "app/Note.java",
                "package app;\nimport jakarta.persistence.*;\n@Entity class Note { @Id Long id; }\n")
            .add(
                "app/Person.hbm.xml",
                """
                <?xml version="1.0"?>
                <!DOCTYPE hibernate-mapping PUBLIC "-//Hibernate/Hibernate Mapping DTD 3.0//EN"
                  "http://www.hibernate.org/dtd/hibernate-mapping-3.0.dtd">
                <hibernate-mapping default-lazy="false">
                  <class name="app.Person" table="people">
                    <id name="key" column="id" type="long"/>
                  </class>
                </hibernate-mapping>
                """);
    Path orm = project.resolve("src/main/resources/META-INF/orm.xml");
    Files.createDirectories(orm.getParent());
    Files.writeString(
        orm,
        """
        <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.1">
          <entity class="app.Invoice">
            <table name="invoices"/>
          </entity>
        </entity-mappings>
        """);

    List<Warning> warnings = sources.read().warnings();

    assertThat(warnings)
        .extracting(Warning::toString)
        .containsExactly(
            sources.path("app/Person.hbm.xml")
                + ":5: the XML mapping of app.Person (table people) is not read (autogen reads"
                + " annotations only); what only this file maps is missing from the desired"
                + " schema",
            orm
                + ":2: the XML mapping of app.Invoice (table invoices) is not read (autogen"
                + " reads annotations only); what only this file maps is missing from the"
                + " desired schema");
  }

  @Test
  void anXmlFileThatDoesNotParseIsNamedAndTheReadGoesOn() throws Exception {
    Sources sources =
        new Sources(project)
            .add(
                "app/Note.java",
                "package app;\nimport jakarta.persistence.*;\n@Entity class Note { @Id Long id; }\n")
            .add("app/Broken.hbm.xml", "<hibernate-mapping><class name=");

    EntityModel model =
        new EntityReader(PostgresDialect.create(), NamingStrategy.JPA).read(List.of(project));

    assertThat(model.desired().tables()).hasSize(1);
    assertThat(model.warnings())
        .extracting(Warning::toString)
        .containsExactly(
            sources.path("app/Broken.hbm.xml")
                + ":1: an XML mapping file autogen does not read (annotations only) and cannot"
                + " parse");
  }
}
