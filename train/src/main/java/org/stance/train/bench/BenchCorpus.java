package org.stance.train.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
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
 * sentences.
 */
final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Written(Path file, int articles, long sentences) {}

  private BenchCorpus() {}

  static Written write(Path csv, long minSentences, Path jsonl) throws IOException {
    List<Map<String, String>> articles = read(csv);
    SentenceSplitter splitter = SentenceSplitter.english();
    long perPass = 0;
    for (Map<String, String> article : articles) {
      perPass += splitter.split(article.get("text")).size();
    }
    if (perPass == 0) {
      throw InputException.at(csv, 0, "no sentences in the corpus");
    }
    int passes = (int) Math.max(1, (minSentences + perPass - 1) / perPass);
    try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (int pass = 0; pass < passes; pass++) {
        for (Map<String, String> article : articles) {
          Map<String, String> line = new LinkedHashMap<>(article);
          line.put("id", article.get("id") + "#" + pass);
          out.write(JSON.writeValueAsString(line));
          out.newLine();
        }
      }
    }
    return new Written(jsonl, passes * articles.size(), passes * perPass);
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
