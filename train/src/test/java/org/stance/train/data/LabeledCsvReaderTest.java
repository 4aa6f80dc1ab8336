package org.stance.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.model.Task;
import org.stance.io.InputException;
import org.stance.train.TestData;

class LabeledCsvReaderTest {
  @TempDir Path dir;

  @Test
  void readsArticlesInSentenceOrderWithTheirLabelColumns() {
    Path file = TestData.write(dir, "a.csv",
        "article_id,sentence_no,text,actor,stance",
        "a1,2,\"He added, \"\"we will respond.\"\"\",TURKEY,CONFRONTATIONAL",
        "a1,1,Erdogan warned Damascus.,TURKEY,CONFRONTATIONAL",
        "a2,1,\"A convoy is seen\nnear Idlib.\",NONE,NEUTRAL");
    LabeledDataset data = LabeledCsvReader.read(file);
    assertEquals(List.of("actor", "stance"), data.labelColumns());
    assertEquals(2, data.articles().size());
    assertEquals(List.of("Erdogan warned Damascus.", "He added, \"we will respond.\""),
        data.articles().get(0).document().sentences());
    assertEquals(List.of(new Task("actor", List.of("NONE", "TURKEY")),
        new Task("stance", List.of("CONFRONTATIONAL", "NEUTRAL"))), data.tasks());
    assertEquals(64, data.sha256().length());
  }

  @Test
  void anyLabelColumnsAndAnOptionalTarget() {
    Path file = TestData.write(dir, "t.csv",
        "article_id,sentence_no,text,target,polarity",
        "p1,1,Prices rose again.,inflation,negative");
    LabeledDataset data = LabeledCsvReader.read(file);
    assertEquals(List.of("polarity"), data.labelColumns());
    assertEquals("inflation", data.articles().get(0).document().target());
  }

  @Test
  void namesFileAndLineOfEachMistake() {
    assertError("article_id,sentence_no,text,actor\na,1,fine,NONE\na,2,ragged\n",
        ":3: row has 3 fields, the header has 4");
    assertError("article_id,sentence_no,text,actor\na,one,x,NONE\n", ":2: sentence_no 'one' is not a whole number");
    assertError("article_id,sentence_no,text,actor\na,1,x,NONE\na,1,y,NONE\n",
        ":3: duplicate sentence 1 of article 'a' (first at line 2)");
    assertError("article_id,sentence_no,text\na,1,x\n", ":1: no label column after 'text'");
    assertError("id,text,actor\n", ":1: header must start with article_id,sentence_no,text");
    assertError("article_id,sentence_no,text,actor\na,1,x,\n", ":2: empty label in column 'actor'");
    assertError("", ": empty file");
  }

  @Test
  void linesCountFromWhereARecordStarts() {
    assertError("article_id,sentence_no,text,actor\na,1,\"two\nlines\",NONE\na,2,x\n",
        ":4: row has 3 fields");
  }

  private void assertError(String content, String expected) {
    Path file = TestData.write(dir, "bad.csv", content.split("\n", -1));
    InputException e = assertThrows(InputException.class, () -> LabeledCsvReader.read(file));
    assertEquals(file.toString(), e.getMessage().substring(0, file.toString().length()));
    String rest = e.getMessage().substring(file.toString().length());
    assertEquals(true, rest.startsWith(expected), e.getMessage());
  }
}
