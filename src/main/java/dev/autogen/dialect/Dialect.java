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
}
