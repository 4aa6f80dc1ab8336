package org.stance.features;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps a token to the form features use: lower case, diacritics folded (Erdoğan and Erdogan meet),
 * digits as 0, typographic quotes as plain ones. Returns the empty string for tokens that carry nothing,
 * such as commas, which real scraped news often loses.
 */
final class TokenNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}");
  private static final Pattern KEPT_PUNCTUATION = Pattern.compile("[\"':?!]");

  private TokenNormalizer() {}

  static String normalize(String token) {
    String folded = token;
    if (!isAscii(folded)) {
      folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
      folded = folded.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"')
          .replace('\u00AB', '"').replace('\u00BB', '"').replace('\u2018', '\'').replace('\u2019', '\'')
          .replace('\u0131', 'i');
    }
    folded = folded.toLowerCase(Locale.ROOT);
    if (!hasLetterOrDigit(folded)) {
      return KEPT_PUNCTUATION.matcher(folded).matches() ? folded : "";
    }
    return DIGITS.matcher(folded).replaceAll("0");
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
