package org.stance.train.data;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.stance.io.InputException;

/**
 * Whatever a labeled CSV file holds, reading it gives a dataset or the documented {@link InputException}
 * naming the file: never another exception, never a hang.
 */
class LabeledCsvReaderPropertiesTest {
  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("stance-csv-properties");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Property(tries = 150)
  void anyBytesReadAsDataOrRefused(@ForAll @Size(max = 600) byte[] bytes) throws IOException {
    readsOrRefuses(Files.write(dir.resolve("random.csv"), bytes));
  }

  @Property(tries = 300)
  void csvLikeTextReadAsDataOrRefused(@ForAll("csvLike") String text) throws IOException {
    readsOrRefuses(Files.write(dir.resolve("labeled.csv"), text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void readsOrRefuses(Path file) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        LabeledDataset data = LabeledCsvReader.read(file);
        assertTrue(!data.labelColumns().isEmpty(), "a dataset has label columns");
      } catch (InputException refused) {
        assertTrue(refused.getMessage().startsWith(file + ":"), "names the file: " + refused.getMessage());
      }
    });
  }

  /** Pieces of labeled CSV, often after a good header, so that many files are nearly right. */
  @Provide
  Arbitrary<String> csvLike() {
    Arbitrary<String> header = Arbitraries.of("", "article_id,sentence_no,text,actor,stance\n",
        "article_id,sentence_no,text,target,stance\n", "\uFEFFarticle_id,sentence_no,text,actor\r\n",
        "Headline,Body ID,Stance\n", "article_id,sentence_no,text\n");
    Arbitrary<String> body = Arbitraries.of("a", "b", "1", "2", "-7", "99999999999", ",", ",", "\"", "\"\"", "\n",
        "\r\n", "\r", " ", "TURKEY", "NEUTRAL", "Erdogan warned Moscow.", "\u00e9", "\uFEFF", "\u0000")
        .list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    return Combinators.combine(header, body).as((h, b) -> h + b);
  }
}
