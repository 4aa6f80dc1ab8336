package org.stance.train.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stance.io.InputException;

/**
 * The Fake News Challenge (FNC-1) layout: a stances file {@code Headline,Body ID,Stance} whose bodies sit
 * in a bodies file {@code Body ID,articleBody} beside it (named like the stances file with {@code stances}
 * replaced by {@code bodies}). Each stances row becomes a one-text article: the body is the text, the
 * headline its target, and the stance its label in the column {@code stance}.
 */
final class Fnc1Pairs {
  static final String LABEL_COLUMN = "stance";
  private static final List<String> STANCES_HEADER = List.of("Headline", "Body ID", "Stance");
  private static final List<String> BODIES_HEADER = List.of("Body ID", "articleBody");

  private Fnc1Pairs() {}

  static boolean isStancesHeader(CSVRecord record) {
    return CsvRows.names(record).equals(STANCES_HEADER);
  }

  /** The pairs of a stances file whose header {@code parser} has just read. */
  static List<LabeledSentence> read(Path stancesFile, CSVParser parser, MessageDigest digest) {
    Path bodiesFile = bodiesFileOf(stancesFile);
    Map<String, String> bodies = LabeledCsvReader.parseCsv(bodiesFile, digest, p -> bodies(bodiesFile, p));
    List<LabeledSentence> pairs = new ArrayList<>();
    for (CsvRows.Row row : new CsvRows(parser)) {
      row.requireWidth(stancesFile, STANCES_HEADER.size());
      CSVRecord record = row.record();
      long line = row.line();
      String headline = record.get(0).strip();
      String bodyId = record.get(1).strip();
      String stance = record.get(2).strip();
      String body = bodies.get(bodyId);
      if (body == null) {
        throw InputException.at(stancesFile, line, "Body ID " + bodyId + " is not in " + bodiesFile);
      }
      if (headline.isEmpty() || stance.isEmpty()) {
        throw InputException.at(stancesFile, line, "empty " + (headline.isEmpty() ? "Headline" : "Stance"));
      }
      String id = "body" + bodyId + "@" + line;
      pairs.add(new LabeledSentence(id, 1, body, headline, List.of(stance), stancesFile.toString(), line));
    }
    return pairs;
  }

  static Path bodiesFileOf(Path stancesFile) {
    String name = stancesFile.getFileName().toString();
    if (!name.contains("stances")) {
      throw InputException.at(stancesFile, 1, "a FNC-1 stances file must be named *stances*.csv, so its"
          + " bodies file (*bodies*.csv) can be found beside it");
    }
    Path bodies = stancesFile.resolveSibling(name.replace("stances", "bodies"));
    if (!Files.isRegularFile(bodies)) {
      throw InputException.at(stancesFile, 1, "its FNC-1 bodies file " + bodies + " is missing");
    }
    return bodies;
  }

  private static Map<String, String> bodies(Path file, CSVParser parser) {
    Iterator<CSVRecord> records = parser.iterator();
    if (!records.hasNext()) {
      throw InputException.at(file, 0, "empty file: expected a header line Body ID,articleBody");
    }
    if (!CsvRows.names(records.next()).equals(BODIES_HEADER)) {
      throw InputException.at(file, 1, "header must be Body ID,articleBody");
    }
    Map<String, String> bodies = new HashMap<>();
    for (CsvRows.Row row : new CsvRows(parser)) {
      row.requireWidth(file, BODIES_HEADER.size());
      String id = row.record().get(0).strip();
      if (bodies.put(id, row.record().get(1).strip()) != null) {
        throw InputException.at(file, row.line(), "duplicate Body ID " + id);
      }
    }
    return bodies;
  }
}
