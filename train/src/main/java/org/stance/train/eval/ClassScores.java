package org.stance.train.eval;

/** Precision, recall, F1 and support of one label. */
public record ClassScores(double precision, double recall, double f1, long support) {}
