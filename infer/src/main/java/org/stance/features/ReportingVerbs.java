package org.stance.features;

import java.util.Set;

/** English words that introduce reported speech or a cited source, in normalized (lower-case) form. */
final class ReportingVerbs {
  private static final Set<String> CUES = Set.of(
      "said", "says", "say", "saying", "told", "tells", "stated", "states", "added", "adds", "warned", "warns",
      "announced", "announces", "reported", "reports", "claimed", "claims", "accused", "accuses", "urged",
      "urges", "denied", "denies", "noted", "notes", "stressed", "stresses", "according", "quoted",
      "confirmed", "confirms", "declared", "insisted", "affirmed", "underlined", "emphasized", "emphasised",
      "pointed", "vowed", "pledged", "called", "calls", "demanded", "threatened", "condemned", "blamed",
      "welcomed", "rejected", "dismissed", "argued", "explained", "asserted", "alleged", "tweeted", "wrote",
      "statement", "spokesman", "spokeswoman", "spokesperson");

  private ReportingVerbs() {}

  static boolean isCue(String token) {
    return CUES.contains(token);
  }
}
