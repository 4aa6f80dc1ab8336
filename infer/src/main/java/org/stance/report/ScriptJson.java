package org.stance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON that is safe inside an HTML {@code <script>} element: {@code <}, {@code >}, {@code &} and
 * {@code '} are written as {@code \}{@code uXXXX} escapes (as are U+2028 and U+2029), so no text from an
 * article can close the element or open a comment, whatever it holds.
 */
final class ScriptJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScriptJson() {}

  static String write(JsonNode node) {
    try {
      return MAPPER.writer().with(new HtmlSafe()).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write chart data", e);
    }
  }

  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafe() {
      escapes = standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029
          ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
