package org.stance.tagging;

import org.stance.model.Prediction;

/** A sentence of an article (numbered from 1 in reading order) with the labels the model gave it. */
public record TaggedSentence(int sentenceNo, String text, Prediction prediction) {}
