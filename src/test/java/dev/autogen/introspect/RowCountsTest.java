package dev.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Identifier;
import dev.autogen.model.TableStatistics;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowCountsTest {

  @Test
  void tablesTheCatalogProvesEmptyAreNotCounted() {
    List<String> calls = new ArrayList<>();
    // any use of the connection would be a count: record it and refuse it
    Connection refusing =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  calls.add(method.getName());
                  throw new UnsupportedOperationException(method.getName());
                });
    Identifier fresh = Identifier.of("fresh");
    Identifier filled = Identifier.of("filled");

    List<TableStatistics> settled =
        RowCounts.settle(
            refusing,
            List.of(new TableStatistics(fresh, 0, 8192), new TableStatistics(filled, 500, 65536)),
            Identifier::value,
            Set.of(fresh));

    assertThat(calls).isEmpty();
    assertThat(settled)
        .containsExactly(
            new TableStatistics(fresh, 0, 8192), new TableStatistics(filled, 500, 65536));
    assertThat(settled.get(0).knownEmpty()).isTrue();
  }
}
