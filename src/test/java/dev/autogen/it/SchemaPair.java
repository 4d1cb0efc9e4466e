package dev.autogen.it;

import dev.autogen.model.Identifier;
import dev.autogen.model.Schema;
import java.util.Map;

/**
 * A round trip's input: the schema before ({@code a}), the schema after ({@code b}), how many rows
 * each table of {@code a} holds, and the salt that varies their string values.
 */
record SchemaPair(Schema a, Schema b, Map<Identifier, Integer> rows, String salt) {
  SchemaPair {
    rows = Map.copyOf(rows);
  }
}
