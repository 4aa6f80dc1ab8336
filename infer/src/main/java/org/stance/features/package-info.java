/**
 * Features of a sentence in its article: normalized word and character n-grams of the sentence itself and
 * words of the sentences before it (a "He added ..." sentence belongs to the previous speaker).
 */
package org.stance.features;
