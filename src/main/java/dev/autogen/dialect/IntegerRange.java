package dev.autogen.dialect;

import java.math.BigInteger;

/** The values an integer type holds, {@code min} to {@code max} inclusive. */
public record IntegerRange(BigInteger min, BigInteger max) {

  /** A signed integer of {@code bits}: -2^(bits-1) to 2^(bits-1) - 1. */
  public static IntegerRange signed(int bits) {
    BigInteger max = BigInteger.TWO.pow(bits - 1).subtract(BigInteger.ONE);
    return new IntegerRange(max.negate().subtract(BigInteger.ONE), max);
  }

  /** An unsigned integer of {@code bits}: 0 to 2^bits - 1. */
  public static IntegerRange unsigned(int bits) {
    return new IntegerRange(BigInteger.ZERO, BigInteger.TWO.pow(bits).subtract(BigInteger.ONE));
  }

  /** Whether every value of {@code other} is one of this range's. */
  public boolean contains(IntegerRange other) {
    return min.compareTo(other.min) <= 0 && max.compareTo(other.max) >= 0;
  }
}
