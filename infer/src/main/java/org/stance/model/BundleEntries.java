package org.stance.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named byte entries of a model bundle, in the order they are written. */
public final class BundleEntries {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  public void put(String name, Writer writer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.write(bytes);
    entries.put(name, bytes.toByteArray());
  }

  void putBytes(String name, byte[] bytes) {
    entries.put(name, bytes);
  }

  /** The entry's bytes; fails with a format error naming the entry when it is missing. */
  public byte[] get(String name) {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new ModelFormatException("entry '" + name + "' is missing");
    }
    return bytes;
  }

  public Map<String, byte[]> asMap() {
    return Collections.unmodifiableMap(entries);
  }
}
