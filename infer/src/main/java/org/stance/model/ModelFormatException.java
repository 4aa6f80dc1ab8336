package org.stance.model;

/** A model file that cannot be used: corrupt, tampered with, foreign or of a newer format. */
public class ModelFormatException extends RuntimeException {
  public ModelFormatException(String message) {
    super(message);
  }

  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
