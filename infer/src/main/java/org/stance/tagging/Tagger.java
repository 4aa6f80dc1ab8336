package org.stance.tagging;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.function.Consumer;
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
 * is what makes tagging many short articles fast, and the model labels one batch on a background thread
 * while the next batch is split and featurized. Output order is input order.
 */
public final class Tagger {
  static final int BATCH_SENTENCES = 2048;

  private final StanceModel model;
  private final SentenceSplitter splitter;
  private final FeatureExtractor extractor;

  public Tagger(StanceModel model, SentenceSplitter splitter) {
    this.model = model;
    this.splitter = splitter;
    this.extractor = new FeatureExtractor(model.featureSettings());
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
    ExecutorService labeler = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "stance-labeler");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Batch labeling = null;
      Future<List<Prediction>> labels = null;
      while (articles.hasNext() || labeling != null) {
        Batch next = articles.hasNext() ? nextBatch(articles) : null;
        if (labeling != null) {
          labeling.emit(await(labels), sink);
        }
        labeling = next;
        labels = next == null ? null : labeler.submit(() -> model.predict(next.features()));
      }
    } finally {
      labeler.shutdownNow();
    }
  }

  private Batch nextBatch(Iterator<Article> articles) {
    List<Article> batch = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    List<SentenceFeatures> features = new ArrayList<>();
    while (articles.hasNext() && features.size() < BATCH_SENTENCES) {
      Article article = articles.next();
      Document document = new Document(article.id(), splitter.split(article.text()), article.target());
      batch.add(article);
      documents.add(document);
      features.addAll(extractor.extract(document));
    }
    return new Batch(batch, documents, features);
  }

  private static List<Prediction> await(Future<List<Prediction>> labels) {
    try {
      return labels.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while tagging", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Articles split and featurized, waiting for their labels. */
  private record Batch(List<Article> articles, List<Document> documents, List<SentenceFeatures> features) {
    void emit(List<Prediction> predictions, Consumer<TaggedArticle> sink) {
      int next = 0;
      for (int a = 0; a < articles.size(); a++) {
        Document document = documents.get(a);
        List<TaggedSentence> tagged = new ArrayList<>(document.size());
        for (int s = 0; s < document.size(); s++) {
          tagged.add(new TaggedSentence(s + 1, document.sentences().get(s), predictions.get(next++)));
        }
        sink.accept(new TaggedArticle(articles.get(a), tagged));
      }
    }
  }
}
