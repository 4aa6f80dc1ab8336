package org.stance.tables;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.stance.io.AtomicFiles;
import org.stance.model.Task;
import org.stance.tagging.TaggedArticle;
import org.stance.tagging.TaggedSentence;
import tech.tablesaw.api.Table;

/**
 * Writes the tables of a tagging run into a directory as articles arrive: {@code sentences},
 * {@code articles}, the label cross table ({@code actor_stance}), {@code sources} and {@code timeline},
 * as CSV or JSON ({@link TableFormat}). Sentence and article rows stream into temporary files; the other
 * tables are counts kept while articles pass, so memory does not grow with the input. Every file is moved
 * into place only by {@link #finish()}; until then, and after {@link #abort()}, earlier tables in the
 * directory stay as they were.
 */
public final class TagOutputs implements Consumer<TaggedArticle>, AutoCloseable {
  public static final String SENTENCES = "sentences";
  public static final String ARTICLES = "articles";
  public static final String SOURCES = "sources";
  public static final String TIMELINE = "timeline";
  private static final int ARTICLES_PER_CHUNK = 64;

  private final Path dir;
  private final List<Task> tasks;
  private final TableFormat format;
  private final LabelCounts totals;
  private final SourceTable sources;
  private final TimelineTable timeline;
  private final Map<String, Path> temporary = new LinkedHashMap<>();
  private final List<OutputStream> open = new ArrayList<>();
  private final TableWriter sentenceRows;
  private final TableWriter articleRows;
  private final List<TaggedArticle> chunk = new ArrayList<>();
  private boolean finished;
  private long articleCount;
  private long sentenceCount;

  public TagOutputs(Path dir, List<Task> tasks) throws IOException {
    this(dir, tasks, TableFormat.CSV);
  }

  public TagOutputs(Path dir, List<Task> tasks, TableFormat format) throws IOException {
    this.dir = dir;
    this.tasks = List.copyOf(tasks);
    this.format = format;
    this.totals = new LabelCounts(tasks);
    this.sources = new SourceTable(tasks);
    this.timeline = new TimelineTable(tasks);
    Files.createDirectories(dir);
    this.sentenceRows = open(SENTENCES);
    this.articleRows = open(ARTICLES);
  }

  private TableWriter open(String table) throws IOException {
    String name = format.fileName(table);
    Path temp = AtomicFiles.createTemporary(dir.resolve(name));
    temporary.put(name, temp);
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    open.add(out);
    return format.writer(out);
  }

  @Override
  public void accept(TaggedArticle article) {
    chunk.add(article);
    articleCount++;
    sentenceCount += article.sentences().size();
    for (TaggedSentence sentence : article.sentences()) {
      totals.add(sentence.prediction());
    }
    sources.add(article);
    timeline.add(article);
    if (chunk.size() >= ARTICLES_PER_CHUNK) {
      writeChunk();
    }
  }

  private void writeChunk() {
    try {
      sentenceRows.append(SentenceTable.of(chunk, tasks));
      articleRows.append(ArticleTable.of(chunk, tasks));
      chunk.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long articles() {
    return articleCount;
  }

  public long sentences() {
    return sentenceCount;
  }

  public TableFormat format() {
    return format;
  }

  /** Counts of the articles the timeline leaves out (no date, unreadable date). */
  public TimelineTable timeline() {
    return timeline;
  }

  /** The file names written, sentences and articles first. */
  public List<String> fileNames() {
    return fileNames(tasks, format);
  }

  /** The file names {@code tag} writes for a model's tasks in a format, sentences and articles first. */
  public static List<String> fileNames(List<Task> tasks, TableFormat format) {
    return List.of(format.fileName(SENTENCES), format.fileName(ARTICLES), format.fileName(CrossTable.baseName(tasks)),
        format.fileName(SOURCES), format.fileName(TIMELINE));
  }

  /** Writes what is left and moves every table into place. */
  public void finish() throws IOException {
    writeChunk();
    sentenceRows.finish();
    articleRows.finish();
    closeStreams();
    writeWhole(CrossTable.baseName(tasks), CrossTable.of(totals));
    writeWhole(SOURCES, sources.table());
    writeWhole(TIMELINE, timeline.table());
    for (Map.Entry<String, Path> entry : temporary.entrySet()) {
      AtomicFiles.moveIntoPlace(entry.getValue(), dir.resolve(entry.getKey()));
    }
    temporary.clear();
    finished = true;
  }

  private void writeWhole(String name, Table table) throws IOException {
    TableWriter writer = open(name);
    writer.append(table);
    writer.finish();
    closeStreams();
  }

  private void closeStreams() throws IOException {
    for (OutputStream out : open) {
      out.close();
    }
    open.clear();
  }

  /** Deletes the temporary files; the directory's earlier tables stay untouched. */
  public void abort() {
    try {
      closeStreams();
    } catch (IOException ignored) {
      // the files are deleted next; nothing of them is kept
    }
    for (Path temp : temporary.values()) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // best effort: a stray hidden .tmp file is harmless
      }
    }
    temporary.clear();
  }

  @Override
  public void close() {
    if (!finished) {
      abort();
    }
  }
}
