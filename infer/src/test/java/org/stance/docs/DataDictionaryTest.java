package org.stance.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.tables.TagOutputs;
import org.stance.tables.TaggedFixtures;

/** Every column of every table tag writes is in the README's data dictionary. */
class DataDictionaryTest {
  private static final Path README = Path.of(System.getProperty("basedir", "."), "..", "README.md");

  @TempDir Path dir;

  @Test
  void everyColumnIsDocumented() throws IOException {
    try (TagOutputs outputs = new TagOutputs(dir, TaggedFixtures.TASKS)) {
      TaggedFixtures.fortnight().forEach(outputs);
      outputs.finish();
      String readme = Files.readString(README);
      List<String> missing = new ArrayList<>();
      for (String file : outputs.fileNames()) {
        assertTrue(readme.contains("### `" + file + "`"), "a section for " + file);
        String header = Files.readAllLines(dir.resolve(file)).get(0);
        for (String column : header.split(",")) {
          String documented = column
              .replaceFirst("^(RUSSIA|TURKEY|NONE)_(COOPERATIVE|CONFRONTATIONAL|NEUTRAL)_share$",
                  "<ACTOR>_<STANCE>_share")
              .replaceFirst("^(RUSSIA|TURKEY|NONE)_sentences$", "<ACTOR>_sentences");
          if (!readme.contains("| `" + documented + "` |")) {
            missing.add(file + ": " + column);
          }
        }
      }
      assertTrue(missing.isEmpty(), "not in the README's data dictionary: " + missing);
    }
  }
}
