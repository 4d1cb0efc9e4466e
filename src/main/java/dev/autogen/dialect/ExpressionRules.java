package dev.autogen.dialect;

/**
 * Normalises SQL expressions (column defaults, check conditions) so that the text a user or mapping
 * wrote and the text the server stores compare equal when they mean the same.
 */
public interface ExpressionRules {

  String normalizeDefault(String expression);

  String normalizeCheck(String expression);

  /** A SQL string literal for the given text. */
  String literal(String text);

  /** A default's normal form as a {@code DEFAULT} clause takes it. */
  default String writtenDefault(String normal) {
    return normal;
  }
}
