package dev.autogen.plan;

import dev.autogen.model.Identifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of the temporary {@code CHECK (col IS NOT NULL)} that lets {@code SET NOT NULL} skip its
 * scan: {@code <table>_<column>_not_null}, shortened deterministically (a cut prefix plus a hash of
 * the full name) to the dialect's limit, so that every step of the plan computes the same name.
 */
final class NotNullCheckName {

  private NotNullCheckName() {}

  static Identifier of(Identifier table, Identifier column, int maxBytes) {
    String full = table.value() + "_" + column.value() + "_not_null";
    if (bytes(full) <= maxBytes) {
      return Identifier.of(full);
    }
    String suffix = "_" + hash(full);
    StringBuilder prefix = new StringBuilder();
    // by code point, so a multi-byte character is never split (the limit counts bytes)
    for (int cp : full.codePoints().toArray()) {
      String next = prefix + new String(Character.toChars(cp));
      if (bytes(next) + suffix.length() > maxBytes) {
        break;
      }
      prefix.setLength(0);
      prefix.append(next);
    }
    return Identifier.of(prefix + suffix);
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
