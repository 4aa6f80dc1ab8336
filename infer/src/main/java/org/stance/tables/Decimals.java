package org.stance.tables;

/** Numbers in tables are rounded to 4 decimals: enough for analysis, and stable across platforms. */
public final class Decimals {
  private Decimals() {}

  public static double round(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }

  public static double share(long part, long whole) {
    return whole == 0 ? 0.0 : round((double) part / whole);
  }
}
