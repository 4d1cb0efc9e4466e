package dev.autogen.entities;

import java.util.Map;
import java.util.Optional;

/**
 * Constants of libraries (never among the sources) that mappings use as annotation values:
 * Hibernate's {@code org.hibernate.Length} ({@code @Column(length = Length.LONG32)}, which HAPI
 * FHIR's entities write) and the JDK's {@code MAX_VALUE}s. Their values are fixed by the libraries'
 * published APIs; an unknown one stays unevaluated, and the reader stops with file and line.
 */
final class LibraryConstants {

  private static final Map<String, Map<String, Object>> VALUES =
      Map.of(
          // org.hibernate.Length (Hibernate 6.0+): DEFAULT, LONG, LONG16 and LONG32
          "org.hibernate.Length",
          Map.of("DEFAULT", 255, "LONG", 32_600, "LONG16", 32_767, "LONG32", Integer.MAX_VALUE),
          "java.lang.Integer",
          Map.of("MAX_VALUE", Integer.MAX_VALUE, "MIN_VALUE", Integer.MIN_VALUE),
          "java.lang.Short",
          Map.of("MAX_VALUE", (int) Short.MAX_VALUE, "MIN_VALUE", (int) Short.MIN_VALUE),
          "java.lang.Long",
          Map.of("MAX_VALUE", Long.MAX_VALUE, "MIN_VALUE", Long.MIN_VALUE));

  private LibraryConstants() {}

  /** The constant {@code name} of the library type the file names {@code written}. */
  static Optional<Object> of(String written, String name, SourceFile file) {
    return qualified(written, file).map(VALUES::get).map(members -> members.get(name));
  }

  /**
   * The constant {@code name} of the library type {@code qualifiedType}, as imported statically.
   */
  static Optional<Object> ofImported(String qualifiedType, String name) {
    return Optional.ofNullable(VALUES.get(qualifiedType)).map(members -> members.get(name));
  }

  /**
   * The qualified name a written type name stands for in the file, when it is a known library's.
   */
  private static Optional<String> qualified(String written, SourceFile file) {
    if (VALUES.containsKey(written)) {
      return Optional.of(written);
    }
    String imported = file.singleImports().get(written);
    if (imported != null) {
      return Optional.of(imported).filter(VALUES::containsKey);
    }
    for (String pkg : file.starImports()) {
      if (VALUES.containsKey(pkg + "." + written)) {
        return Optional.of(pkg + "." + written);
      }
    }
    // java.lang is imported by every file (a type of the sources named so would have won before)
    return Optional.of("java.lang." + written).filter(VALUES::containsKey);
  }
}
