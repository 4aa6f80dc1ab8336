package org.stance.train.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stance.io.InputException;
import org.stance.text.SentenceSplitter;

/**
 * The benchmark input: articles from a CSV ({@code article_id,title,text,source,date}, as the FA-KES
 * corpus has them) written to JSONL, repeated with fresh ids until they hold at least the wanted number of
 * sentences or bytes.
 */
final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Written(Path file, int articles, long sentences) {}

  private BenchCorpus() {}

  /** The corpus repeated until it holds at least {@code minSentences} sentences. */
  static Written write(Path csv, long minSentences, Path jsonl) throws IOException {
    Pass pass = Pass.of(csv);
    return pass.repeat((minSentences + pass.sentences() - 1) / pass.sentences(), jsonl);
  }

  /** The corpus repeated until the file holds at least {@code minBytes} bytes. */
  static Written writeBytes(Path csv, long minBytes, Path jsonl) throws IOException {
    Pass pass = Pass.of(csv);
    return pass.repeat((minBytes + pass.bytes() - 1) / pass.bytes(), jsonl);
  }

  /** One pass over the corpus: its articles, their sentences, and its bytes as JSONL (ids as in pass 0). */
  private record Pass(List<Map<String, String>> articles, long sentences, long bytes) {
    static Pass of(Path csv) throws IOException {
      List<Map<String, String>> articles = read(csv);
      SentenceSplitter splitter = SentenceSplitter.english();
      long sentences = 0;
      long bytes = 0;
      for (Map<String, String> article : articles) {
        sentences += splitter.split(article.get("text")).size();
        bytes += line(article, 0).length + 1;
      }
      if (sentences == 0) {
        throw InputException.at(csv, 0, "no sentences in the corpus");
      }
      return new Pass(articles, sentences, bytes);
    }

    Written repeat(long times, Path jsonl) throws IOException {
      int passes = (int) Math.max(1, times);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 16)) {
        for (int pass = 0; pass < passes; pass++) {
          for (Map<String, String> article : articles) {
            out.write(line(article, pass));
            out.write('\n');
          }
        }
      }
      return new Written(jsonl, passes * articles.size(), passes * sentences);
    }

    /** The article as a JSON line, with an id fresh in every pass. */
    private static byte[] line(Map<String, String> article, int pass) throws IOException {
      Map<String, String> line = new LinkedHashMap<>(article);
      line.put("id", article.get("id") + "#" + pass);
      return JSON.writeValueAsBytes(line);
    }
  }

  private static List<Map<String, String>> read(Path csv) throws IOException {
    List<Map<String, String>> articles = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
            .parse(reader)) {
      if (!parser.getHeaderMap().containsKey("text") || !parser.getHeaderMap().containsKey("article_id")) {
        throw InputException.at(csv, 1, "expected columns article_id and text");
      }
      for (CSVRecord record : parser) {
        Map<String, String> article = new LinkedHashMap<>();
        article.put("id", record.get("article_id") + "-" + record.getRecordNumber()); // ids repeat in FA-KES
        article.put("text", record.get("text"));
        for (String optional : List.of("title", "source", "date")) {
          if (parser.getHeaderMap().containsKey(optional)) {
            article.put(optional, record.get(optional));
          }
        }
        articles.add(article);
      }
    }
    return articles;
  }
}
