package dev.autogen.verify;

import dev.autogen.introspect.Introspection;
import java.util.List;

/**
 * What {@code autogen diff --exit-code} would find between a schema and the entity model: the
 * changes it would plan, one per line ({@code add_column users.bio}); empty when they are equal.
 * The command line supplies it, as it owns reading the entities with the user's settings.
 */
@FunctionalInterface
public interface ModelCheck {
  List<String> differences(Introspection current);
}
