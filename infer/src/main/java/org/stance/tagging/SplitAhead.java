package org.stance.tagging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.stance.text.Article;

/**
 * Splits articles into sentences on worker threads ahead of the reader, and hands them out in input order.
 * How far ahead is bounded by characters of article text, not by articles, so a few huge articles cannot
 * fill the heap; at least one article is always under way.
 */
final class SplitAhead implements Iterator<SplitArticle> {
  private record Pending(int chars, Future<SplitArticle> split) {}

  private final Iterator<Article> articles;
  private final Function<Article, SplitArticle> split;
  private final ExecutorService workers;
  private final long maxChars;
  private final Deque<Pending> ahead = new ArrayDeque<>();
  private long chars;

  SplitAhead(Iterator<Article> articles, Function<Article, SplitArticle> split, ExecutorService workers,
      long maxChars) {
    this.articles = articles;
    this.split = split;
    this.workers = workers;
    this.maxChars = maxChars;
  }

  @Override
  public boolean hasNext() {
    fill();
    return !ahead.isEmpty();
  }

  @Override
  public SplitArticle next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Pending head = ahead.poll();
    chars -= head.chars();
    return Tagger.await(head.split());
  }

  private void fill() {
    while ((ahead.isEmpty() || chars < maxChars) && articles.hasNext()) {
      Article article = articles.next();
      ahead.add(new Pending(article.text().length(), workers.submit(() -> split.apply(article))));
      chars += article.text().length();
    }
  }
}
