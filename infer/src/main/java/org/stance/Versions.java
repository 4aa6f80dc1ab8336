package org.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions of stance and the libraries it runs on, as recorded in model manifests and {@code --version}. */
public final class Versions {
  private static final Map<String, String> VERSIONS = load();

  private Versions() {}

  public static String stance() {
    return VERSIONS.getOrDefault("stance", "unknown");
  }

  /** stance, deeplearning4j, opennlp, tablesaw and java versions. */
  public static Map<String, String> all() {
    return VERSIONS;
  }

  private static Map<String, String> load() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> versions = new TreeMap<>();
    properties.forEach((k, v) -> versions.put(k.toString(), v.toString()));
    versions.put("java", System.getProperty("java.version"));
    return java.util.Collections.unmodifiableMap(versions);
  }
}
