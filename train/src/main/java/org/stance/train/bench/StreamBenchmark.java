package org.stance.train.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Tagging input larger than the heap: the corpus repeated into one JSONL file of a given size, tagged in a
 * fresh JVM with a given heap, which succeeds only if articles are read, tagged and written as they come.
 * Measures throughput and peak resident memory, and counts the rows written against the sentences in the
 * input.
 */
public final class StreamBenchmark {
  /**
   * @param corpus articles CSV (article_id,title,text,source,date)
   * @param bytes write at least this many bytes of JSONL
   * @param heap the tagging JVM's -Xmx value, such as {@code 512m}
   * @param model the model to tag with
   * @param work where the JSONL and the tables go
   */
  public record Settings(Path corpus, long bytes, String heap, Path model, int threads, Path work) {}

  public record Result(long fileBytes, long articles, long sentences, long sentenceRows, double seconds,
      long peakRssBytes) {
    public double sentencesPerSecond() {
      return sentences / seconds;
    }

    public String summary() {
      return String.format(Locale.ROOT, "%.0f MB of JSONL, %d articles, %d sentences (%d rows written) in %.1f s:"
          + " %.0f sentences/s, peak RSS %d MB", fileBytes / 1e6, articles, sentences, sentenceRows, seconds,
          sentencesPerSecond(), peakRssBytes >> 20);
    }
  }

  private StreamBenchmark() {}

  public static Result run(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
    Files.createDirectories(settings.work());
    Path jsonl = settings.work().resolve("stream.jsonl");
    BenchCorpus.Written input = BenchCorpus.writeBytes(settings.corpus(), settings.bytes(), jsonl);
    long fileBytes = Files.size(jsonl);
    log.accept(String.format(Locale.ROOT, "input: %s, %.0f MB, %d articles, %d sentences", jsonl, fileBytes / 1e6,
        input.articles(), input.sentences()));
    Path tables = settings.work().resolve("tables");
    List<String> args = new ArrayList<>(List.of("tag", "--model", settings.model().toString(), "--out",
        tables.toString(), "--threads", Integer.toString(settings.threads()), jsonl.toString()));
    ChildRun.Result run = ChildRun.run(List.of("-Xmx" + settings.heap()), args);
    if (run.exitCode() != 0) {
      throw new IllegalStateException("tagging with -Xmx" + settings.heap() + " failed with exit code "
          + run.exitCode() + ":\n" + run.output());
    }
    return new Result(fileBytes, input.articles(), input.sentences(), rows(tables.resolve("sentences.csv")),
        run.seconds(), run.peakRssBytes());
  }

  /** Rows of a table tagging wrote: its lines but the header (sentences never hold a line break). */
  private static long rows(Path csv) throws IOException {
    long lines = 0;
    try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      while (reader.readLine() != null) {
        lines++;
      }
    }
    return lines - 1;
  }
}
