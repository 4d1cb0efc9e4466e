package dev.autogen.entities;

import java.util.Optional;
import java.util.Set;

/** Qualifies the JDK type names entity fields use, through the file's imports. */
final class JdkTypes {

  private static final Set<String> JAVA_LANG =
      Set.of(
          "Boolean",
          "Byte",
          "Short",
          "Integer",
          "Long",
          "Float",
          "Double",
          "Character",
          "String",
          "Object",
          "Class",
          "Enum",
          "Number");

  /** JDK types reachable through a star import that the type mapping knows. */
  private static final Set<String> KNOWN =
      Set.of(
          "java.math.BigDecimal",
          "java.math.BigInteger",
          "java.time.LocalDate",
          "java.time.LocalTime",
          "java.time.LocalDateTime",
          "java.time.Instant",
          "java.time.OffsetDateTime",
          "java.time.ZonedDateTime",
          "java.time.OffsetTime",
          "java.time.Duration",
          "java.time.Year",
          "java.time.ZoneId",
          "java.time.ZoneOffset",
          "java.util.Date",
          "java.util.Calendar",
          "java.util.UUID",
          "java.util.Locale",
          "java.util.Currency",
          "java.util.TimeZone",
          "java.net.URL",
          "java.sql.Date",
          "java.sql.Time",
          "java.sql.Timestamp",
          "java.sql.Clob",
          "java.sql.Blob",
          "java.sql.NClob");

  private JdkTypes() {}

  static boolean isJavaLang(String simpleName) {
    return JAVA_LANG.contains(simpleName);
  }

  /** The qualified name of a JDK type as written in {@code file}, when it is one. */
  static Optional<String> qualify(String written, SourceFile file) {
    if (written.contains(".")) {
      return Optional.of(written);
    }
    String imported = file.singleImports().get(written);
    if (imported != null) {
      return Optional.of(imported);
    }
    if (JAVA_LANG.contains(written)) {
      return Optional.of("java.lang." + written);
    }
    return file.starImports().stream()
        .map(star -> star + "." + written)
        .filter(KNOWN::contains)
        .findFirst();
  }
}
