package org.stance.features;

import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.stemmer.PorterStemmer;

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

  /** The cues as Porter stems, for tokens that were stemmed before they are looked up. */
  private static final Set<String> STEMMED_CUES = CUES.stream()
      .map(cue -> new PorterStemmer().stem(cue)).collect(Collectors.toUnmodifiableSet());

  private ReportingVerbs() {}

  static boolean isCue(String token, boolean stemmed) {
    return (stemmed ? STEMMED_CUES : CUES).contains(token);
  }
}
