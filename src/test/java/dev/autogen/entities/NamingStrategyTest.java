package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamingStrategyTest {

  @Test
  void jpaKeepsNamesAsWritten() {
    assertThat(NamingStrategy.JPA.apply("firstName")).isEqualTo("firstName");
  }

  @Test
  void springFollowsCamelCaseToUnderscores() {
    assertThat(NamingStrategy.SPRING.apply("firstName")).isEqualTo("first_name");
    assertThat(NamingStrategy.SPRING.apply("OrderLine")).isEqualTo("order_line");
    assertThat(NamingStrategy.SPRING.apply("customer_id")).isEqualTo("customer_id");
    assertThat(NamingStrategy.SPRING.apply("HTTPStatus")).isEqualTo("httpstatus");
    assertThat(NamingStrategy.SPRING.apply("address.streetName")).isEqualTo("address_street_name");
    assertThat(NamingStrategy.SPRING.apply("line2Total")).isEqualTo("line2_total");
  }
}
