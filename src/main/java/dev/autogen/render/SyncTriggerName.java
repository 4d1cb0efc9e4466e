package dev.autogen.render;

import dev.autogen.model.Identifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name shared by a sync trigger and its function: {@code <table>_sync_<old>_<new>}, shortened
 * to the dialect's limit deterministically (a cut prefix plus a hash of the full name), so that the
 * step that drops it computes the same name as the step that made it.
 */
final class SyncTriggerName {

  private static final int HASH_CHARS = 8;

  private SyncTriggerName() {}

  static Identifier of(Identifier table, Identifier oldColumn, Identifier newColumn, int maxBytes) {
    String full = table.value() + "_sync_" + oldColumn.value() + "_" + newColumn.value();
    if (utf8Length(full) <= maxBytes) {
      return Identifier.of(full);
    }
    String suffix = "_" + hash(full);
    StringBuilder prefix = new StringBuilder();
    // cut by code point so a multi-byte character is never split (the limit counts bytes)
    for (int cp : full.codePoints().toArray()) {
      String next = prefix + new String(Character.toChars(cp));
      if (utf8Length(next) + suffix.length() > maxBytes) {
        break;
      }
      prefix.setLength(0);
      prefix.append(next);
    }
    return Identifier.of(prefix + suffix);
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hash(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
