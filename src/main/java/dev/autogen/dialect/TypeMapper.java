package dev.autogen.dialect;

import dev.autogen.model.SqlType;

/**
 * A dialect's knowledge of column types, used by both sides of the diff so they meet in one form.
 */
public interface TypeMapper {

  /** The column type Hibernate's dialect would create for this kind and size. */
  SqlType forKind(JdbcKind kind, ColumnSize size);

  /**
   * The column type Hibernate's dialect creates for an {@code @Enumerated(STRING)} field when the
   * database has a native enum type (MySQL's {@code enum('A','B')}, in which case no check
   * constraint is added); empty when the dialect stores names in a varchar with a check.
   */
  default java.util.Optional<SqlType> nativeEnum(java.util.List<String> constants) {
    return java.util.Optional.empty();
  }

  /**
   * Whether {@link #forKind} and {@link #nativeEnum} give the same types as {@code other}'s, so
   * that entities read with one need not be read again with the other once the server version is
   * known.
   */
  default boolean mapsKindsLike(TypeMapper other) {
    return other.getClass() == getClass();
  }

  /**
   * Parses a type as the database or a user writes it ({@code character varying(40)}, {@code int4},
   * {@code timestamp(6) with time zone}) into the canonical form.
   */
  SqlType parse(String typeText);

  /**
   * Whether the dialect itself defines this (parsed) type; a name outside that, written in a {@code
   * columnDefinition}, is most likely another database's type ({@code BINARY} on PostgreSQL) or one
   * the database must define itself.
   */
  default boolean isBuiltIn(SqlType type) {
    return true;
  }

  /**
   * Whether a column of this type has a character set and collation of its own (MySQL's character
   * and text types), which a statement restating the column must repeat.
   */
  default boolean hasCollation(SqlType type) {
    return false;
  }

  /**
   * The type as a statement restating a current column of type {@code typeText} (as the database
   * spells it) must write it, when that says more than {@link #render} of its canonical form and an
   * application reads the difference (MySQL's integer display widths: a {@code tinyint(1)} reads as
   * a boolean); empty when {@link #render} says it all. The canonical form, and so the diff, leaves
   * the difference out.
   */
  default java.util.Optional<String> declaredSpelling(String typeText) {
    return java.util.Optional.empty();
  }

  /** SQL spelling of a canonical type, for DDL. */
  String render(SqlType type);

  /**
   * The type as the target of {@code CAST(x AS ...)}: the DDL spelling, unless the dialect accepts
   * fewer names there (MySQL and MariaDB).
   */
  default String castTarget(SqlType type) {
    return render(type);
  }

  /** Whether a value of {@code from} always converts to {@code to} without loss. */
  boolean isWidening(SqlType from, SqlType to);

  /** Whether changing {@code from} to {@code to} only touches the catalog (no rewrite, no scan). */
  boolean isMetadataOnlyChange(SqlType from, SqlType to);

  /**
   * The most bytes a value of {@code type} takes in an index key, for the server's key length
   * limit; {@link Long#MAX_VALUE} for a type with no length a key could hold whole ({@code text},
   * {@code blob}). A character counts as the most bytes the database's default encoding gives it.
   */
  long keyBytes(SqlType type);

  /**
   * The width in bits of a signed integer type, for the range a narrower one accepts; empty for any
   * other type. The default knows the SQL standard's (PostgreSQL's) spellings.
   */
  default java.util.OptionalInt integerBits(SqlType type) {
    return switch (type.name()) {
      case "smallint" -> java.util.OptionalInt.of(16);
      case "integer" -> java.util.OptionalInt.of(32);
      case "bigint" -> java.util.OptionalInt.of(64);
      default -> java.util.OptionalInt.empty();
    };
  }

  /**
   * The values an integer type holds, signed or unsigned; empty for any other type. The default is
   * the signed range of {@link #integerBits}.
   */
  default java.util.Optional<IntegerRange> integerRange(SqlType type) {
    java.util.OptionalInt bits = integerBits(type);
    return bits.isPresent()
        ? java.util.Optional.of(IntegerRange.signed(bits.getAsInt()))
        : java.util.Optional.empty();
  }

  /** Whether the type holds character strings a shorter {@code varchar}/{@code char} can cut. */
  default boolean isCharacterString(SqlType type) {
    return java.util.List.of("varchar", "char", "text").contains(type.name());
  }

  /** Whether the type holds numbers: an integer (signed or not), exact decimal or float. */
  default boolean isNumber(SqlType type) {
    String base = type.name().replace(" unsigned", "").replace(" zerofill", "");
    return integerRange(type).isPresent()
        || isExactDecimal(new SqlType(base, type.args()))
        || java.util.Set.of("real", "double precision", "float", "double").contains(base);
  }

  /** Whether the type is an exact decimal with precision and scale. */
  default boolean isExactDecimal(SqlType type) {
    return type.name().equals("numeric");
  }

  /**
   * How a value of {@code from} becomes a value of {@code to} where a cast would not carry it over
   * (PostgreSQL's large objects: {@code CAST(text AS oid)} reads the text as an object number): a
   * function from the SQL of the operand (a quoted column, {@code NEW.} prefixed in a trigger) to
   * the SQL of the converted value. Empty when a cast (or assignment) converts the value.
   */
  default java.util.Optional<java.util.function.UnaryOperator<String>> conversion(
      SqlType from, SqlType to) {
    return java.util.Optional.empty();
  }

  /**
   * What the values of a column of this type leave behind in the database when the column is
   * dropped or converted to another type, in a sentence for the migration's header (PostgreSQL's
   * large objects, which outlive the {@code oid} that refers to them); empty when nothing.
   */
  default java.util.Optional<String> leftBehind(SqlType type) {
    return java.util.Optional.empty();
  }
}
