package org.stance.tagging;

import java.util.ArrayList;
import java.util.Iterator;
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
 * is what makes tagging many short articles fast.
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
    List<Article> pending = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    int sentences = 0;
    while (articles.hasNext()) {
      Article article = articles.next();
      Document document = new Document(article.id(), splitter.split(article.text()));
      pending.add(article);
      documents.add(document);
      sentences += document.size();
      if (sentences >= BATCH_SENTENCES) {
        flush(pending, documents, sink);
        sentences = 0;
      }
    }
    flush(pending, documents, sink);
  }

  private void flush(List<Article> pending, List<Document> documents, Consumer<TaggedArticle> sink) {
    if (pending.isEmpty()) {
      return;
    }
    List<SentenceFeatures> features = new ArrayList<>();
    for (Document document : documents) {
      features.addAll(extractor.extract(document));
    }
    List<Prediction> predictions = model.predict(features);
    int next = 0;
    for (int a = 0; a < pending.size(); a++) {
      Document document = documents.get(a);
      List<TaggedSentence> tagged = new ArrayList<>(document.size());
      for (int s = 0; s < document.size(); s++) {
        tagged.add(new TaggedSentence(s + 1, document.sentences().get(s), predictions.get(next++)));
      }
      sink.accept(new TaggedArticle(pending.get(a), tagged));
    }
    pending.clear();
    documents.clear();
  }
}
