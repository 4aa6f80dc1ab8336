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

/**
 * Writes the tables of a tagging run into a directory as articles arrive: {@code sentences.csv},
 * {@code articles.csv} and the label cross table ({@code actor_stance.csv}). Rows stream into temporary
 * files that are moved into place only by {@link #finish()}; until then, and after {@link #abort()},
 * earlier tables in the directory stay as they were.
 */
public final class TagOutputs implements Consumer<TaggedArticle>, AutoCloseable {
  public static final String SENTENCES = "sentences.csv";
  public static final String ARTICLES = "articles.csv";
  private static final int ARTICLES_PER_CHUNK = 64;

  private final Path dir;
  private final List<Task> tasks;
  private final LabelCounts totals;
  private final Map<String, Path> temporary = new LinkedHashMap<>();
  private final OutputStream sentences;
  private final OutputStream articles;
  private final List<TaggedArticle> chunk = new ArrayList<>();
  private boolean headerWritten;
  private boolean finished;
  private long articleCount;
  private long sentenceCount;

  public TagOutputs(Path dir, List<Task> tasks) throws IOException {
    this.dir = dir;
    this.tasks = List.copyOf(tasks);
    this.totals = new LabelCounts(tasks);
    Files.createDirectories(dir);
    this.sentences = open(SENTENCES);
    this.articles = open(ARTICLES);
  }

  private OutputStream open(String name) throws IOException {
    Path temp = Files.createTempFile(dir, "." + name, ".tmp");
    temporary.put(name, temp);
    return new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
  }

  @Override
  public void accept(TaggedArticle article) {
    chunk.add(article);
    articleCount++;
    sentenceCount += article.sentences().size();
    for (TaggedSentence sentence : article.sentences()) {
      totals.add(sentence.prediction());
    }
    if (chunk.size() >= ARTICLES_PER_CHUNK) {
      writeChunk();
    }
  }

  private void writeChunk() {
    try {
      CsvTables.append(SentenceTable.of(chunk, tasks), sentences, !headerWritten);
      CsvTables.append(ArticleTable.of(chunk, tasks), articles, !headerWritten);
      headerWritten = true;
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

  /** The file names written, sentences and articles first. */
  public List<String> fileNames() {
    return List.of(SENTENCES, ARTICLES, CrossTable.fileName(tasks));
  }

  /** Writes what is left and moves every table into place. */
  public void finish() throws IOException {
    writeChunk();
    sentences.close();
    articles.close();
    Path cross = Files.createTempFile(dir, "." + CrossTable.fileName(tasks), ".tmp");
    temporary.put(CrossTable.fileName(tasks), cross);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(cross))) {
      CsvTables.append(CrossTable.of(totals), out, true);
    }
    for (Map.Entry<String, Path> entry : temporary.entrySet()) {
      AtomicFiles.moveIntoPlace(entry.getValue(), dir.resolve(entry.getKey()));
    }
    temporary.clear();
    finished = true;
  }

  /** Deletes the temporary files; the directory's earlier tables stay untouched. */
  public void abort() {
    try {
      sentences.close();
      articles.close();
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
