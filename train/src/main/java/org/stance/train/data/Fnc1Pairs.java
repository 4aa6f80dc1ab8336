package org.stance.train.data;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
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
    return clean(record).equals(STANCES_HEADER);
  }

  /** The pairs of a stances file whose header {@code parser} has just read. */
  static List<LabeledSentence> read(Path stancesFile, CSVParser parser, MessageDigest digest) {
    Path bodiesFile = bodiesFileOf(stancesFile);
    Map<String, String> bodies = LabeledCsvReader.parseCsv(bodiesFile, digest, p -> bodies(bodiesFile, p));
    List<LabeledSentence> pairs = new ArrayList<>();
    long nextLine = parser.getCurrentLineNumber() + 1;
    for (CSVRecord record : parser) {
      long line = nextLine;
      nextLine = parser.getCurrentLineNumber() + 1;
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue;
      }
      if (record.size() != STANCES_HEADER.size()) {
        throw InputException.at(stancesFile, line, "row has " + record.size() + " fields, the header has 3");
      }
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
    if (!bodies.toFile().isFile()) {
      throw InputException.at(stancesFile, 1, "its FNC-1 bodies file " + bodies + " is missing");
    }
    return bodies;
  }

  private static Map<String, String> bodies(Path file, CSVParser parser) {
    Map<String, String> bodies = new HashMap<>();
    boolean header = true;
    long nextLine = 1;
    for (CSVRecord record : parser) {
      long line = nextLine;
      nextLine = parser.getCurrentLineNumber() + 1;
      if (header) {
        if (!clean(record).equals(BODIES_HEADER)) {
          throw InputException.at(file, line, "header must be Body ID,articleBody");
        }
        header = false;
        continue;
      }
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue;
      }
      if (record.size() != BODIES_HEADER.size()) {
        throw InputException.at(file, line, "row has " + record.size() + " fields, the header has 2");
      }
      if (bodies.put(record.get(0).strip(), record.get(1).strip()) != null) {
        throw InputException.at(file, line, "duplicate Body ID " + record.get(0).strip());
      }
    }
    if (header) {
      throw InputException.at(file, 0, "empty file: expected a header line Body ID,articleBody");
    }
    return bodies;
  }

  private static List<String> clean(CSVRecord record) {
    List<String> names = new ArrayList<>();
    for (String name : record) {
      names.add(name.strip().replace("\uFEFF", ""));
    }
    return names;
  }
}
