package org.stance.model;

/** A predicted label and the probability the model gives it. */
public record Label(String value, double probability) {}
