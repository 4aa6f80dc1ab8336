/**
 * Evaluation as a value: confusion matrices per task, the figures derived from them (accuracy, per-class
 * precision/recall/F1, macro-F1, the majority-class baseline), their text and JSON forms, and
 * cross-validation by article.
 */
package org.stance.train.eval;
