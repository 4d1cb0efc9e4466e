package dev.autogen.verify;

import java.util.List;
import java.util.Optional;

/**
 * What a verification found: the steps it applied (all of them when nothing failed) and the first
 * mismatch, if any.
 *
 * @param applied the names of the steps applied, in order ({@code V3_1__add_x}, a changeset id)
 * @param mismatch where it stopped, or empty when everything held
 */
public record Verification(List<String> applied, Optional<Mismatch> mismatch) {
  public Verification {
    applied = List.copyOf(applied);
  }
}
