package org.stance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.nd4j.linalg.factory.Nd4j;
import org.stance.features.SentenceEncoder;
import org.stance.model.NeuralModel;
import org.stance.model.StanceModel;
import org.stance.report.Report;
import org.stance.tables.TableFormat;
import org.stance.tables.TablesawStartup;
import org.stance.tables.TagOutputs;
import org.stance.tables.TimelineTable;
import org.stance.tagging.Tagger;
import org.stance.text.Article;
import org.stance.text.ArticleReader;
import org.stance.text.SentenceSplitter;
import org.stance.text.TextEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stance tag}: labels every sentence of the input articles and writes the summary tables. */
@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {"Tag every sentence of news articles with the model's labels (actor and stance for the"
        + " default model) and write the tables sentences, articles, the label cross table (actor_stance),"
        + " sources and timeline (per day and week) into the output directory, as CSV or JSON."})
public final class TagCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin ModelOption model;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "A .txt file (one article), a .jsonl file (one article a line: id, text, optional"
          + " title, source, date) or a directory of them.")
  List<Path> inputs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
      description = "Directory for the tables (created if needed; earlier tables are replaced only when"
          + " tagging succeeds).")
  Path out;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
      description = "Table format: csv (default) or json (each table an array of row objects, one row a"
          + " line; pandas: read_json(path, orient=\"records\")).")
  String format;

  @Option(names = "--report", description = "Also write report.html into the output directory, as"
      + " `stance report DIR` does.")
  boolean report;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that split, featurize and label batches of sentences in parallel (default: one per"
          + " core, or one for a model with a sentence encoder, which spreads each batch over the cores itself)."
          + " The tables are the same for any N.")
  Integer threads;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Read every input in this encoding (e.g. windows-1252, ISO-8859-1, UTF-16) instead of"
          + " detecting it (.txt: UTF-8, else Windows-1252; .jsonl: UTF-8).")
  String encoding;

  /** Measured on two cores: one thread per core tags about 8% faster, but slows a sentence encoder down. */
  private static int defaultThreads(StanceModel model) {
    if (!model.featureSettings().sentenceEncoder().equals(SentenceEncoder.NONE)) {
      return 1;
    }
    return Runtime.getRuntime().availableProcessors();
  }

  @Override
  public Integer call() throws Exception {
    TableFormat tableFormat = TableFormat.named(format).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "unknown --format '" + format + "' (known: csv, json)"));
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    TextEncoding textEncoding = encoding == null ? TextEncoding.DETECT : TextEncoding.named(charset(encoding));
    ArticleReader.files(inputs); // fail on a bad path before the model loads
    long start = System.nanoTime();
    TablesawStartup tablesaw = TablesawStartup.begin();
    StanceModel loaded = model.load();
    if (loaded instanceof NeuralModel neural && !neural.fastInference()) {
      // The parallelism is the tagger's: with one thread, one ND4J thread labels while this thread splits
      // and featurizes the next batch, and more ND4J threads only spin against it on two cores (measured: 15%
      // slower); with --threads N, each of N workers runs its own matrix products. A model on the fast path
      // never starts ND4J, whose native library takes about half a second to load.
      Nd4j.getEnvironment().setMaxThreads(1);
    }
    Tagger tagger = new Tagger(loaded, SentenceSplitter.english(), threads == null ? defaultThreads(loaded) : threads);
    tablesaw.await();
    long sentences;
    try (TagOutputs outputs = new TagOutputs(out, loaded.tasks(), tableFormat);
        Stream<Article> articles = ArticleReader.read(inputs, textEncoding);
        Progress progress = Progress.start("tag", -1, "sentences")) {
      Iterator<Article> iterator = articles.iterator();
      tagger.tagAll(iterator, article -> {
        outputs.accept(article);
        progress.step(article.sentences().size());
      });
      outputs.finish();
      summarize(outputs, (System.nanoTime() - start) / 1e9);
      sentences = outputs.sentences();
    }
    if (report) {
      writeReport(sentences);
    }
    return ExitCodes.OK;
  }

  private Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ParameterException(spec.commandLine(), "unknown --encoding '" + name
          + "' (for example UTF-8, windows-1252, ISO-8859-1)");
    }
  }

  private void writeReport(long sentences) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (sentences == 0) {
      stdout.println("No sentences, so no report.");
    } else {
      Path file = out.resolve(Report.FILE);
      Report.write(out, file, Report.DEFAULT_TOP);
      stdout.println("Report written to " + file.toAbsolutePath().normalize());
    }
    stdout.flush();
  }

  private void summarize(TagOutputs outputs, double seconds) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "Tagged %d articles, %d sentences with the %s in %.1f s.%s%n",
        outputs.articles(), outputs.sentences(), model.describe(), seconds, leftOut(outputs.timeline()));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Tables written to " + out.toAbsolutePath().normalize() + ":");
    for (String name : outputs.fileNames()) {
      stdout.println("  " + name);
    }
    stdout.flush();
    err.flush();
  }

  /** What the timeline leaves out, as the end of the summary line ("" when nothing). */
  static String leftOut(TimelineTable timeline) {
    List<String> parts = new ArrayList<>();
    if (timeline.unreadable() > 0) {
      parts.add(timeline.unreadable() + (timeline.unreadable() == 1 ? " article" : " articles")
          + " with an unreadable date");
    }
    if (timeline.undated() > 0) {
      parts.add(timeline.undated() + (timeline.undated() == 1 ? " article" : " articles") + " without a date");
    }
    return parts.isEmpty() ? "" : " Left out of the timeline: " + String.join(", ", parts) + ".";
  }
}
