package dev.autogen.entities;

import java.nio.file.Path;
import java.util.Set;

/**
 * A source file the pre-scan did not parse ({@link PreScan}), with what the index needs until a
 * look-up asks for one of its names.
 *
 * @param names the simple names it may declare (more than it does, never fewer)
 */
record Deferred(Path path, String text, String packageName, Set<String> names) {}
