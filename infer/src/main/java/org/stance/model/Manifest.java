package org.stance.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stance.features.FeatureSettings;

/**
 * The {@code manifest.json} of a model bundle: what the model is, how to rebuild its features, where it
 * came from, and the SHA-256 of every other entry.
 */
public record Manifest(
    String format,
    int formatVersion,
    String algorithm,
    List<Task> tasks,
    FeatureSettings features,
    Provenance provenance,
    Map<String, String> entries) {
  public static final String FORMAT = "stance-model";
  /** 2: embedding-bag networks store plain parameters ({@code network/bag-parameters.bin}); 1 is still read. */
  public static final int FORMAT_VERSION = 2;

  public Manifest {
    tasks = List.copyOf(tasks);
    entries = new TreeMap<>(entries);
  }
}
