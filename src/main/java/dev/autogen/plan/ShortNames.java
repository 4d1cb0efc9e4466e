package dev.autogen.plan;

import dev.autogen.model.Identifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names autogen makes up (helper checks, shadow columns and indexes), shortened deterministically
 * to the dialect's limit: a cut prefix plus a hash of the full name, so that every step of a plan
 * computes the same name and two long names stay apart.
 */
public final class ShortNames {

  private ShortNames() {}

  public static Identifier of(String full, int maxBytes) {
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
