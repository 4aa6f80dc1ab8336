package org.stance.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.stance.io.InputException;

/**
 * How article files' bytes become text: detected, or in an encoding the user names. Detected, a text file
 * is UTF-8 when it decodes as UTF-8 and else Windows-1252 (the encoding of many scraped news archives,
 * FA-KES among them), and JSONL is UTF-8, as JSON must be. A named encoding is used for both and must
 * decode every byte. A byte-order mark is dropped; text with NUL characters near its start is binary and
 * refused (checked after decoding, so UTF-16 text named as such is not mistaken for binary).
 */
public final class TextEncoding {
  public static final TextEncoding DETECT = new TextEncoding(Optional.empty());

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int BINARY_CHECK_CHARS = 8192;

  private final Optional<Charset> named;

  private TextEncoding(Optional<Charset> named) {
    this.named = named;
  }

  public static TextEncoding named(Charset charset) {
    return new TextEncoding(Optional.of(charset));
  }

  /** The encoding of JSONL files. */
  Charset jsonLines() {
    return named.orElse(StandardCharsets.UTF_8);
  }

  /** A text file's content. */
  String decode(Path file, byte[] bytes) {
    String text;
    if (named.isPresent()) {
      text = strict(named.get(), bytes).orElseThrow(() -> notValid(file, 0, named.get()));
    } else {
      text = strict(StandardCharsets.UTF_8, bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }
    for (int i = 0; i < Math.min(text.length(), BINARY_CHECK_CHARS); i++) {
      if (text.charAt(i) == 0) {
        throw InputException.at(file, 0, "binary file, not text");
      }
    }
    return stripBom(text);
  }

  static InputException notValid(Path file, long line, Charset charset) {
    return InputException.at(file, line, "not valid " + charset.name() + " text");
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Optional<String> strict(Charset charset, byte[] bytes) {
    try {
      return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
