package org.stance.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.io.InputException;
import org.stance.text.Document;
import org.stance.train.TestData;

class Fnc1PairsTest {
  @TempDir Path dir;

  private Path bodies() {
    return TestData.write(dir, "x_bodies.csv", "Body ID,articleBody",
        "7,\"A meteorite fell near Managua, officials said.\n\nExperts doubt it.\"",
        "9,Apple denies it will launch a TV service.");
  }

  @Test
  void eachStancesRowIsABodyReadAgainstItsHeadline() {
    bodies();
    Path stances = TestData.write(dir, "x_stances.csv", "Headline,Body ID,Stance",
        "Meteorite hits Nicaragua,7,discuss",
        "\"Apple TV, launching in April\",9,disagree",
        "Apple TV launching in April,7,unrelated");
    LabeledDataset data = LabeledCsvReader.read(stances);
    assertEquals(List.of("stance"), data.labelColumns());
    assertEquals(3, data.articles().size(), "one article per pair, bodies repeat");
    Document second = data.articles().get(1).document();
    assertEquals(List.of("Apple denies it will launch a TV service."), second.sentences());
    assertEquals("Apple TV, launching in April", second.target());
    assertEquals("disagree", data.articles().get(1).sentences().get(0).labels().get(0));
    assertTrue(data.hasTargets());
    assertEquals(List.of("disagree", "discuss", "unrelated"), data.tasks().get(0).labels());
  }

  @Test
  void namesTheFileAndLineOfAMissingBody() {
    bodies();
    Path stances = TestData.write(dir, "x_stances.csv", "Headline,Body ID,Stance",
        "Meteorite hits Nicaragua,7,discuss", "Nobody wrote this,8,agree");
    InputException error = assertThrows(InputException.class, () -> LabeledCsvReader.read(stances));
    assertTrue(error.getMessage().contains("x_stances.csv:3: Body ID 8 is not in"), error.getMessage());
  }

  @Test
  void saysWhichBodiesFileIsMissing() {
    Path stances = TestData.write(dir, "y_stances.csv", "Headline,Body ID,Stance", "A,1,agree");
    InputException error = assertThrows(InputException.class, () -> LabeledCsvReader.read(stances));
    assertTrue(error.getMessage().contains("y_bodies.csv is missing"), error.getMessage());
  }
}
