package org.stance.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stance.train.cli.Cli.run;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stance.cli.ExitCodes;
import org.stance.text.SentenceSplitter;
import org.stance.train.TestData;

/**
 * The README's table "When input is bad", row by row, through the real command line: each row's exit code,
 * its message (one line on stderr naming the file and line, no stack trace without {@code --verbose}) and,
 * for input that is tagged, the tables. The rows are read from the README, so the table and the cases
 * cannot drift apart.
 */
class BadInputTest {
  private static final String SECTION = "## When input is bad";
  private static final String HEADER = "article_id,sentence_no,text,actor,stance";

  /** One row of the README's table. */
  record Row(String input, String outcome, int exitCode, String message) {
    @Override
    public String toString() {
      return input;
    }
  }

  /** What a case runs in its own directory, and what it checks beyond the row's exit code and message. */
  private record Case(Command command, Check check) {}

  private interface Command {
    String[] args(Path dir) throws IOException;
  }

  private interface Check {
    void verify(Path dir, Cli.Run run) throws IOException;
  }

  private static final Check NOTHING_MORE = (dir, run) -> { };

  private static final Map<String, Case> CASES = cases();

  private static Map<String, Case> cases() {
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("Missing or unreadable path", new Case(dir -> tag(dir, dir.resolve("missing.txt")), (dir, run) -> {
      Path locked = write(dir, "locked.txt", "Turkey sent troops.");
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
      if (!Files.isReadable(locked)) { // root reads everything: then only the missing path is checked
        assertEquals("tag: " + locked + ": file is not readable\n", run(tag(dir, locked)).err());
      }
    }));
    cases.put("Directory without articles", new Case(dir -> {
      Path news = Files.createDirectory(dir.resolve("news"));
      write(news, "notes.md", "# not an article");
      return tag(dir, news);
    }, NOTHING_MORE));
    cases.put("Empty article file", new Case(dir -> tag(dir, write(dir, "empty.txt", "")), (dir, run) -> {
      Path blank = write(dir, "blank.txt", " \n\n\t");
      assertEquals("tag: " + blank + ": empty file: no text to tag\n", run(tag(dir, blank)).err());
    }));
    cases.put("Empty labeled CSV", new Case(dir -> train(dir, write(dir, "empty.csv", "")), NOTHING_MORE));
    cases.put("Binary file", new Case(dir -> {
      Path photo = dir.resolve("photo.txt");
      Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
      return tag(dir, photo);
    }, NOTHING_MORE));
    String cp1252 = "Assad said \u201cno\u201d \u2013 a caf\u00e9 in Idlib.";
    cases.put("Windows-1252 text", new Case(dir -> {
      Path file = dir.resolve("old.txt");
      Files.write(file, cp1252.getBytes(Charset.forName("windows-1252")));
      return tag(dir, file);
    }, (dir, run) -> assertEquals(List.of(cp1252), texts(dir))));
    cases.put("Text in another encoding, with --encoding", new Case(dir -> {
      Path file = dir.resolve("old.jsonl");
      Files.write(file, ("{\"id\":\"a1\",\"text\":\"" + cp1252 + "\"}\n").getBytes(Charset.forName("windows-1252")));
      return concat(tag(dir, file), "--encoding", "windows-1252");
    }, (dir, run) -> assertEquals(List.of(cp1252), texts(dir))));
    cases.put("Unknown --encoding", new Case(dir -> concat(tag(dir, write(dir, "a.txt", "Text.")), "--encoding",
        "latin-99"), NOTHING_MORE));
    cases.put("JSONL that is not UTF-8", new Case(dir -> {
      Path file = dir.resolve("latin.jsonl");
      Files.write(file, "{\"id\":\"a1\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
      return tag(dir, file);
    }, NOTHING_MORE));
    cases.put("UTF-8 byte-order mark", new Case(dir -> tag(dir, write(dir, "bom.txt",
        "\uFEFFTurkey sent troops.\nRussia objected.")),
        (dir, run) -> assertEquals(List.of("Turkey sent troops.", "Russia objected."), texts(dir))));
    cases.put("CRLF line ends", new Case(dir -> tag(dir, write(dir, "crlf.txt",
        "Idlib talks\r\n\r\nTurkey sent troops.\r\nRussia objected.\r\n")),
        (dir, run) -> assertEquals(List.of("Idlib talks", "Turkey sent troops.", "Russia objected."), texts(dir))));
    cases.put("Malformed JSON line", new Case(dir -> tag(dir, write(dir, "broken.jsonl",
        "{\"id\":\"a1\",\"text\":\"Fine.\"}\n{\"id\":\"a2\",\"text\":\"cut off\n")), NOTHING_MORE));
    cases.put("JSON line without text", new Case(dir -> tag(dir, write(dir, "articles.jsonl",
        "{\"id\":\"a1\",\"title\":\"Only a title\"}\n")), NOTHING_MORE));
    cases.put("Duplicate article id", new Case(dir -> tag(dir, write(dir, "some.jsonl",
        "{\"id\":\"a1\",\"text\":\"One.\"}\n"), write(dir, "more.jsonl", "{\"id\":\"a0\",\"text\":\"Zero.\"}\n"
        + "{\"id\":\"a1\",\"text\":\"Again.\"}\n")), NOTHING_MORE));
    cases.put("Ragged CSV row", new Case(dir -> evaluate(write(dir, "ragged.csv", HEADER,
        "a,1,Erdogan warned Moscow.,TURKEY,CONFRONTATIONAL", "a,2,cut short")), NOTHING_MORE));
    cases.put("Labeled CSV without a label column", new Case(dir -> train(dir, write(dir, "unlabeled.csv",
        "article_id,sentence_no,text", "a,1,Erdogan warned Moscow.")), NOTHING_MORE));
    cases.put("Evaluation data without a column the model predicts", new Case(dir -> evaluate(write(dir,
        "actor-only.csv", "article_id,sentence_no,text,actor", "a,1,Erdogan warned Moscow.,TURKEY")), NOTHING_MORE));
    cases.put("Label the model never saw, in evaluation data", new Case(dir -> evaluate(write(dir, "dev.csv", HEADER,
        "a,1,Erdogan warned Moscow.,TURKEY,CONFRONTATIONAL", "a,2,Iran objected.,IRAN,CONFRONTATIONAL")),
        NOTHING_MORE));
    cases.put("Duplicate (article_id, sentence_no)", new Case(dir -> train(dir, write(dir, "twice.csv", HEADER,
        "a,1,Erdogan warned Moscow.,TURKEY,CONFRONTATIONAL", "a,2,Moscow replied.,RUSSIA,NEUTRAL",
        "a,2,Moscow replied again.,RUSSIA,NEUTRAL")), NOTHING_MORE));
    cases.put("Corrupt or foreign model", new Case(dir -> new String[] {"tag", "--model",
        write(dir, "model.zip", "PK but not really a zip").toString(), write(dir, "a.txt", "Text.").toString(),
        "--out", dir.resolve("out").toString()}, NOTHING_MORE));
    cases.put("A 1 MB line without punctuation", new Case(dir -> tag(dir, write(dir, "long-line.txt", longLine())),
        (dir, run) -> {
          List<String> texts = texts(dir);
          assertTrue(texts.size() > (1 << 20) / SentenceSplitter.MAX_SENTENCE_CHARS, "cut: " + texts.size());
          assertTrue(texts.stream().allMatch(t -> t.length() <= SentenceSplitter.MAX_SENTENCE_CHARS));
          assertEquals(longLine(), String.join(" ", texts), "no text lost");
          assertEquals(texts.size(), articleSentences(dir));
        }));
    cases.put("A 10,000-sentence article", new Case(dir -> tag(dir, write(dir, "long.txt", longArticle())),
        (dir, run) -> {
          List<String> texts = texts(dir);
          assertEquals(10_000, texts.size());
          assertEquals("Report 10000 says the convoy reached Idlib.", texts.get(9_999));
          assertEquals(10_000, articleSentences(dir));
        }));
    return cases;
  }

  static Stream<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(TestData.root().resolve("README.md"));
    int start = lines.indexOf(SECTION);
    assertTrue(start >= 0, "README has the section " + SECTION);
    int line = start + 1;
    while (!lines.get(line).startsWith("| input |")) {
      line++;
    }
    for (line += 2; line < lines.size() && lines.get(line).startsWith("|"); line++) {
      String[] cells = lines.get(line).substring(1).split("\\|");
      assertEquals(4, cells.length, "a row of four cells: " + lines.get(line));
      rows.add(new Row(cells[0].strip().replace("`", ""), cells[1].strip(), Integer.parseInt(cells[2].strip()),
          unquote(cells[3].strip())));
    }
    return rows.stream();
  }

  private static String unquote(String cell) {
    assertTrue(cell.startsWith("`") && cell.endsWith("`"), "the message in backticks: " + cell);
    return cell.substring(1, cell.length() - 1);
  }

  @Test
  void everyCaseHasAReadmeRowAndEveryRowACase() throws IOException {
    List<String> documented = rows().map(Row::input).toList();
    assertEquals(List.copyOf(CASES.keySet()), documented);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void behavesAsTheReadmeSays(Row row, @TempDir Path dir) throws IOException {
    Case testCase = CASES.get(row.input());
    assertNotNull(testCase, "no test case for the README row '" + row.input() + "'");
    String[] args = testCase.command().args(dir);
    Cli.Run run = run(args);
    assertEquals(row.exitCode(), run.code(), run.err());
    assertEquals(1, run.err().lines().count(), "one line on stderr: " + run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
    String message = run.err().strip().replace(dir + "/", "");
    assertTrue(matches(row.message(), message), "README says `" + row.message() + "`, the command said `"
        + message + "`");
    if (row.exitCode() == ExitCodes.OK) {
      assertTrue(run.out().contains("sentences.csv"), run.out());
    } else {
      assertEquals("", run.out());
      Cli.Run verbose = run(concat(new String[] {args[0], "--verbose"}, List.of(args).subList(1, args.length)
          .toArray(String[]::new)));
      assertEquals(row.exitCode(), verbose.code());
      assertTrue(verbose.err().contains("\tat "), "--verbose adds the stack trace");
    }
    testCase.check().verify(dir, run);
  }

  /** The README's example message, where {@code …} stands for any text. */
  private static boolean matches(String example, String message) {
    StringBuilder regex = new StringBuilder();
    for (String part : example.split("…", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return message.matches(regex.toString());
  }

  private static String[] tag(Path dir, Path... inputs) {
    List<String> args = new ArrayList<>(List.of("tag", "--model", Cli.maxentModel().toString(),
        "--out", dir.resolve("out").toString()));
    Stream.of(inputs).map(Path::toString).forEach(args::add);
    return args.toArray(String[]::new);
  }

  private static String[] train(Path dir, Path data) {
    return new String[] {"train", "--data", data.toString(), "--model", dir.resolve("m.zip").toString(),
        "--algorithm", "maxent"};
  }

  private static String[] evaluate(Path data) {
    return new String[] {"evaluate", "--model", Cli.maxentModel().toString(), "--data", data.toString()};
  }

  private static String[] concat(String[] args, String... more) {
    return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
  }

  /** A file with exactly this text; several lines are written one a line, as CSV rows. */
  private static Path write(Path dir, String name, String... lines) {
    try {
      return Files.writeString(dir.resolve(name), lines.length == 1 ? lines[0] : String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String longLine() {
    StringBuilder line = new StringBuilder();
    for (int i = 0; line.length() < (1 << 20); i++) {
      line.append(i == 0 ? "" : " ").append("convoy").append(i % 997);
    }
    return line.toString();
  }

  private static String longArticle() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      text.append("Report ").append(i).append(" says the convoy reached Idlib.").append(i % 20 == 0 ? "\n" : " ");
    }
    return text.toString();
  }

  /** The text column of the sentences table tagging wrote. */
  private static List<String> texts(Path dir) throws IOException {
    return csv(dir.resolve("out/sentences.csv")).stream().map(r -> r.get("text")).toList();
  }

  /** The sentences the articles table counts. */
  private static int articleSentences(Path dir) throws IOException {
    return csv(dir.resolve("out/articles.csv")).stream().mapToInt(r -> Integer.parseInt(r.get("sentences"))).sum();
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
    }
  }
}
