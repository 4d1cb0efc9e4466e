package dev.autogen.lint;

import java.util.Optional;

/** What a statement rule reports: its rule, the line, the message and the object concerned. */
public record Violation(Rule rule, int line, String message, Optional<String> subject) {}
