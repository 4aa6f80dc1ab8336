package org.stance.tagging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.stance.features.FeatureExtractor;
import org.stance.features.SentenceFeatures;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;
import org.stance.text.Article;
import org.stance.text.Document;
import org.stance.text.SentenceSplitter;

/**
 * Tags articles: splits each into sentences, extracts features in context and asks the model for labels.
 * Sentences of several articles are sent to the model together (at least {@link #BATCH_SENTENCES}), which
 * is what makes tagging many short articles fast. With one thread (the default), the model labels one batch
 * on a background thread while the calling thread splits and featurizes the next. With N threads, N workers
 * split articles ahead of the reader and featurize and label up to N batches at once. Output order is input
 * order either way, and so are the batches (cut by the same rule), so the labels are the same.
 */
public final class Tagger {
  static final int BATCH_SENTENCES = 2048;
  /** Article text split ahead of the batches, per worker: enough to keep workers busy, a few MB of heap. */
  static final long SPLIT_AHEAD_CHARS = 1 << 20;

  private final StanceModel model;
  private final SentenceSplitter splitter;
  private final FeatureExtractor extractor;
  private final int threads;

  public Tagger(StanceModel model, SentenceSplitter splitter) {
    this(model, splitter, 1);
  }

  /** @param threads workers that split, featurize and label in parallel; 1 for a single labeling thread */
  public Tagger(StanceModel model, SentenceSplitter splitter, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.model = model;
    this.splitter = splitter;
    this.extractor = new FeatureExtractor(model.featureSettings());
    this.threads = threads;
  }

  public StanceModel model() {
    return model;
  }

  public TaggedArticle tag(Article article) {
    List<TaggedArticle> out = new ArrayList<>(1);
    tagAll(List.of(article).iterator(), out::add);
    return out.get(0);
  }

  /** Tags every article in input order, handing each to {@code sink} as soon as its batch is done. */
  public void tagAll(Iterator<Article> articles, Consumer<TaggedArticle> sink) {
    ExecutorService workers = workers();
    try {
      Iterator<SplitArticle> split = threads == 1
          ? new MappedIterator(articles, this::split)
          : new SplitAhead(articles, this::split, workers, SPLIT_AHEAD_CHARS * threads);
      Deque<Batch> labeling = new ArrayDeque<>();
      while (split.hasNext()) {
        labeling.add(label(nextBatch(split), workers));
        if (labeling.size() > threads) {
          labeling.poll().emit(sink);
        }
      }
      while (!labeling.isEmpty()) {
        labeling.poll().emit(sink);
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private ExecutorService workers() {
    String name = threads == 1 ? "stance-labeler" : "stance-worker-";
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, threads == 1 ? name : name + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  private SplitArticle split(Article article) {
    return new SplitArticle(article, new Document(article.id(), splitter.split(article.text()), article.target()));
  }

  private List<SplitArticle> nextBatch(Iterator<SplitArticle> split) {
    List<SplitArticle> batch = new ArrayList<>();
    int sentences = 0;
    while (split.hasNext() && sentences < BATCH_SENTENCES) {
      SplitArticle next = split.next();
      batch.add(next);
      sentences += next.document().size();
    }
    return batch;
  }

  /**
   * Starts labeling a batch. With one thread this thread featurizes it first, while the labeler is still busy
   * with the batch before; with more, a worker does both.
   */
  private Batch label(List<SplitArticle> articles, ExecutorService workers) {
    if (threads == 1) {
      List<SentenceFeatures> features = features(articles);
      return new Batch(articles, workers.submit(() -> model.predict(features)));
    }
    return new Batch(articles, workers.submit(() -> model.predict(features(articles))));
  }

  private List<SentenceFeatures> features(List<SplitArticle> articles) {
    List<SentenceFeatures> features = new ArrayList<>();
    for (SplitArticle article : articles) {
      features.addAll(extractor.extract(article.document()));
    }
    return features;
  }

  static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while tagging", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Articles split into sentences, their labels under way. */
  private record Batch(List<SplitArticle> articles, Future<List<Prediction>> labels) {
    void emit(Consumer<TaggedArticle> sink) {
      List<Prediction> predictions = await(labels);
      int next = 0;
      for (SplitArticle split : articles) {
        Document document = split.document();
        List<TaggedSentence> tagged = new ArrayList<>(document.size());
        for (int s = 0; s < document.size(); s++) {
          tagged.add(new TaggedSentence(s + 1, document.sentences().get(s), predictions.get(next++)));
        }
        sink.accept(new TaggedArticle(split.article(), tagged));
      }
    }
  }

  /** Splits articles on the calling thread, one as each is asked for. */
  private record MappedIterator(Iterator<Article> articles, Function<Article, SplitArticle> split)
      implements Iterator<SplitArticle> {
    @Override
    public boolean hasNext() {
      return articles.hasNext();
    }

    @Override
    public SplitArticle next() {
      return split.apply(articles.next());
    }
  }
}
