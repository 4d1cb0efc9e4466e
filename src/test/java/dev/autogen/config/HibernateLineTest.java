package dev.autogen.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Hibernate line read from build files as projects write them: Spring Boot's parent, BOM import
 * and Gradle plugin, an explicit hibernate-core (also through a property), and Spring Boot's
 * hibernate.version override, which wins over the Boot version.
 */
class HibernateLineTest {

  private static Optional<HibernateLine> pom(String body) {
    return HibernateLine.of("pom.xml", "<project>" + body + "</project>");
  }

  @Test
  void springBootsParentAndBomNameTheLine() {
    assertThat(
            pom(
                """
                <parent>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-parent</artifactId>
                  <version>3.5.0</version>
                </parent>
                """))
        .contains(new HibernateLine(6, "pom.xml: spring-boot-starter-parent 3.5.0"));
    assertThat(
            pom(
                """
                <dependencyManagement><dependencies><dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-dependencies</artifactId>
                  <version>${spring-boot.version}</version>
                  <type>pom</type><scope>import</scope>
                </dependency></dependencies></dependencyManagement>
                <properties><spring-boot.version>4.0.1</spring-boot.version></properties>
                """))
        .contains(new HibernateLine(7, "pom.xml: spring-boot-dependencies 4.0.1"));
    assertThat(
            pom(
                "<parent><artifactId>spring-boot-starter-parent</artifactId>"
                    + "<version>2.7.18</version></parent>"))
        .map(HibernateLine::major)
        .contains(5);
  }

  @Test
  void anExplicitHibernateCoreOrTheOverrideWinsOverTheBootVersion() {
    String parent =
        "<parent><artifactId>spring-boot-starter-parent</artifactId>"
            + "<version>3.5.0</version></parent>";
    assertThat(
            pom(
                parent
                    + "<dependency><groupId>org.hibernate.orm</groupId>"
                    + "<artifactId>hibernate-core</artifactId><version>${h}</version></dependency>"
                    + "<properties><h>7.1.0.Final</h></properties>"))
        .contains(new HibernateLine(7, "pom.xml: hibernate-core 7.1.0.Final"));
    assertThat(pom(parent + "<properties><hibernate.version>7.0.2.Final</hibernate.version>"))
        .contains(new HibernateLine(7, "pom.xml: hibernate.version 7.0.2.Final"));
  }

  @Test
  void gradlesPluginCoordinatesAndExtraNameTheLine() {
    assertThat(
            HibernateLine.of(
                "build.gradle.kts",
                """
                plugins {
                  java
                  id("org.springframework.boot") version "3.4.2"
                }
                """))
        .contains(new HibernateLine(6, "build.gradle.kts: org.springframework.boot 3.4.2"));
    assertThat(
            HibernateLine.of(
                "build.gradle",
                "plugins { id 'org.springframework.boot' version '4.0.0' }\n"
                    + "dependencies { implementation 'org.hibernate.orm:hibernate-core:6.6.4.Final' }"))
        .contains(new HibernateLine(6, "build.gradle: hibernate-core 6.6.4.Final"));
    assertThat(
            HibernateLine.of(
                "build.gradle",
                "plugins { id 'org.springframework.boot' version '3.5.0' }\n"
                    + "ext['hibernate.version'] = '7.1.0.Final'\n"))
        .map(HibernateLine::major)
        .contains(7);
  }

  @Test
  void aBuildThatNamesNoneSaysNothing() {
    assertThat(pom("<dependency><artifactId>flyway-core</artifactId></dependency>")).isEmpty();
    assertThat(pom("<artifactId>hibernate-core</artifactId><version>${undefined}</version>"))
        .isEmpty();
  }

  @Test
  void onlyALineOtherThanSevenGetsANote() {
    assertThat(new HibernateLine(7, "pom.xml: x").note()).isEmpty();
    assertThat(new HibernateLine(6, "pom.xml: spring-boot-starter-parent 3.5.0").note())
        .hasValueSatisfying(
            n ->
                assertThat(n)
                    .startsWith("pom.xml: spring-boot-starter-parent 3.5.0 brings Hibernate 6.x")
                    .contains("follows it for quoted names")
                    .contains("docs/mappings.md"));
    assertThat(new HibernateLine(5, "pom.xml: y").note())
        .hasValueSatisfying(n -> assertThat(n).contains("Hibernate 5 differs in more"));
  }
}
