package org.stance.train.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stance.io.InputFiles;
import org.stance.io.InputException;

/**
 * Reads labeled data in the annotation format: UTF-8 CSV with a header
 * {@code article_id,sentence_no,text[,target],LABEL...}. Every column after {@code text} other than
 * {@code target} is a label column. Directories contribute their {@code .csv} files in name order. Every
 * problem is reported with the file and line at fault. A FNC-1 stances file (header
 * {@code Headline,Body ID,Stance}) is read with its bodies file as text + target pairs ({@link Fnc1Pairs}).
 */
public final class LabeledCsvReader {
  static final List<String> LEADING = List.of("article_id", "sentence_no", "text");
  static final String TARGET = "target";

  private LabeledCsvReader() {}

  public static LabeledDataset read(List<Path> inputs) {
    List<Path> files = csvFiles(inputs);
    MessageDigest digest = sha256();
    List<String> labelColumns = null;
    Path firstFile = null;
    Map<String, List<LabeledSentence>> byArticle = new LinkedHashMap<>();
    Map<String, LabeledSentence> seen = new HashMap<>();
    for (Path file : files) {
      FileRows rows = readFile(file, digest);
      if (labelColumns == null) {
        labelColumns = rows.labelColumns();
        firstFile = file;
      } else if (!labelColumns.equals(rows.labelColumns())) {
        throw InputException.at(file, 1, "label columns " + rows.labelColumns() + " differ from "
            + labelColumns + " in " + firstFile);
      }
      for (LabeledSentence row : rows.sentences()) {
        String key = row.articleId() + "\u0000" + row.sentenceNo();
        LabeledSentence earlier = seen.putIfAbsent(key, row);
        if (earlier != null) {
          throw InputException.at(Path.of(row.file()), row.line(), "duplicate sentence " + row.sentenceNo()
              + " of article '" + row.articleId() + "' (first at line " + earlier.line() + ")");
        }
        byArticle.computeIfAbsent(row.articleId(), id -> new ArrayList<>()).add(row);
      }
    }
    List<LabeledArticle> articles = new ArrayList<>(byArticle.size());
    byArticle.forEach((id, sentences) -> {
      sentences.sort(Comparator.comparingInt(LabeledSentence::sentenceNo));
      articles.add(new LabeledArticle(id, sentences));
    });
    return new LabeledDataset(labelColumns, articles, HexFormat.of().formatHex(digest.digest()));
  }

  public static LabeledDataset read(Path input) {
    return read(List.of(input));
  }

  static List<Path> csvFiles(List<Path> inputs) {
    return InputFiles.expand(inputs, List.of(".csv"), "labeled CSV files");
  }

  private record FileRows(List<String> labelColumns, List<LabeledSentence> sentences) {}

  private static FileRows readFile(Path file, MessageDigest digest) {
    return parseCsv(file, digest, parser -> parse(file, parser, digest));
  }

  /** Runs {@code parse} over a strict UTF-8 CSV file, turning every failure into one line naming the file. */
  static <T> T parseCsv(Path file, MessageDigest digest, Function<CSVParser, T> parse) {
    try (InputStream bytes = new DigestInputStream(Files.newInputStream(file), digest);
        Reader reader = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
      return parse.apply(parser);
    } catch (CharacterCodingException e) {
      throw InputException.at(file, 0, "not valid UTF-8 text");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw InputException.at(file, 0, "not valid UTF-8 text");
      }
      throw InputException.at(file, 0, "malformed CSV: " + e.getCause().getMessage());
    } catch (IOException e) {
      throw InputException.at(file, 0, "cannot read: " + e.getMessage());
    } catch (IllegalStateException e) {
      throw InputException.at(file, 0, "malformed CSV: " + e.getMessage());
    }
  }

  private static FileRows parse(Path file, CSVParser parser, MessageDigest digest) {
    List<String> header = null;
    int targetColumn = -1;
    List<Integer> labelIndexes = new ArrayList<>();
    List<String> labelColumns = new ArrayList<>();
    List<LabeledSentence> sentences = new ArrayList<>();
    for (CsvRows.Row row : new CsvRows(parser)) {
      CSVRecord record = row.record();
      if (header == null) {
        if (Fnc1Pairs.isStancesHeader(record)) {
          return new FileRows(List.of(Fnc1Pairs.LABEL_COLUMN), Fnc1Pairs.read(file, parser, digest));
        }
        header = header(file, record);
        for (int c = LEADING.size(); c < header.size(); c++) {
          if (header.get(c).equals(TARGET)) {
            targetColumn = c;
          } else {
            labelIndexes.add(c);
            labelColumns.add(header.get(c));
          }
        }
        if (labelColumns.isEmpty()) {
          throw InputException.at(file, 1, "no label column after 'text' (e.g. actor,stance)");
        }
        continue;
      }
      row.requireWidth(file, header.size());
      sentences.add(row(file, row.line(), record, targetColumn, labelIndexes, header));
    }
    if (header == null) {
      throw InputException.at(file, 0, "empty file: expected a header line article_id,sentence_no,text,...");
    }
    return new FileRows(labelColumns, sentences);
  }

  private static List<String> header(Path file, CSVRecord record) {
    List<String> header = CsvRows.names(record);
    if (header.size() < LEADING.size() || !header.subList(0, LEADING.size()).equals(LEADING)) {
      throw InputException.at(file, 1, "header must start with article_id,sentence_no,text; found "
          + String.join(",", header));
    }
    return header;
  }

  private static LabeledSentence row(Path file, long line, CSVRecord record, int targetColumn,
      List<Integer> labelIndexes, List<String> header) {
    String articleId = record.get(0).strip();
    if (articleId.isEmpty()) {
      throw InputException.at(file, line, "empty article_id");
    }
    int sentenceNo;
    try {
      sentenceNo = Integer.parseInt(record.get(1).strip());
    } catch (NumberFormatException e) {
      throw InputException.at(file, line, "sentence_no '" + record.get(1) + "' is not a whole number");
    }
    String text = record.get(2).strip();
    if (text.isEmpty()) {
      throw InputException.at(file, line, "empty text");
    }
    List<String> labels = new ArrayList<>(labelIndexes.size());
    for (int c : labelIndexes) {
      String label = record.get(c).strip();
      if (label.isEmpty()) {
        throw InputException.at(file, line, "empty label in column '" + header.get(c) + "'");
      }
      labels.add(label);
    }
    String target = targetColumn < 0 ? "" : record.get(targetColumn).strip();
    return new LabeledSentence(articleId, sentenceNo, text, target, labels, file.toString(), line);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
