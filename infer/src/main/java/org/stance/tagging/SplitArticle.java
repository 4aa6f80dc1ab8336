package org.stance.tagging;

import org.stance.text.Article;
import org.stance.text.Document;

/** An article and its sentences, waiting to be featurized and labeled. */
record SplitArticle(Article article, Document document) {}
