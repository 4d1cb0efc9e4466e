package dev.autogen.dialect;

/**
 * Everything that differs between databases, as data: capabilities, type mapping, identifier and
 * expression rules, the words its hazards and steps are told in, and the template folder. Resolved
 * once in {@code cli} and passed down.
 */
public record Dialect(
    String name,
    Capabilities capabilities,
    TypeMapper types,
    IdentifierRules identifiers,
    ExpressionRules expressions,
    HazardWording wording,
    StepWording steps) {

  /** Folder under {@code templates/} holding this dialect's statement templates. */
  public String templateFolder() {
    return name;
  }

  /** How this dialect's scripts are written (see {@link ScriptConventions}). */
  public ScriptConventions scriptConventions() {
    return identifiers.scriptConventions();
  }

  public String quote(dev.autogen.model.Identifier identifier) {
    return identifiers.quote(identifier);
  }

  /**
   * A column default's normal form, for a column of {@code type}. On a numeric column a number
   * written as a string literal is that number: the servers store {@code DEFAULT '5'} on an integer
   * as {@code 5}. Anywhere else it stays a string, since the normal form is also what a plan writes
   * and a text column's {@code '00123'} written bare would become {@code '123'}.
   */
  public String columnDefault(String expression, dev.autogen.model.SqlType type) {
    String normal = expressions.normalizeDefault(expression);
    java.util.regex.Matcher number = QUOTED_NUMBER.matcher(normal);
    // the number once more, as the server's bare one is ('1.50' is 1.5 on MySQL, as 1.50 is)
    return types.isNumber(type) && number.matches()
        ? expressions.normalizeDefault(number.group(1))
        : normal;
  }

  private static final java.util.regex.Pattern QUOTED_NUMBER =
      java.util.regex.Pattern.compile("^'(-?\\d+(?:\\.\\d+)?)'$");
}
