/** Labeled data: the annotation CSV format (article_id, sentence_no, text, optional target, labels). */
package org.stance.train.data;
