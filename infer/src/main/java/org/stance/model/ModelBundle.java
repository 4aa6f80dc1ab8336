package org.stance.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.stance.io.AtomicFiles;

/**
 * Saves and loads models as one zip: {@code manifest.json} plus the algorithm's entries, each checked
 * against the SHA-256 the manifest records. Loading reads bytes into memory by entry name (nothing is
 * extracted to disk) and builds the model from a fixed list of algorithms; no Java object
 * deserialization and no class named by the file is ever loaded.
 */
public final class ModelBundle {
  public static final String MANIFEST = "manifest.json";
  private static final long MAX_ENTRY_BYTES = 1L << 30;
  private static final long FIXED_ENTRY_TIME = 315_532_800_000L; // 1980-01-01: reproducible bytes
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ModelBundle() {}

  public static void save(StanceModel model, Provenance provenance, Path file) throws IOException {
    BundleEntries entries = new BundleEntries();
    model.writeEntries(entries);
    Map<String, String> checksums = new TreeMap<>();
    entries.asMap().forEach((name, bytes) -> checksums.put(name, sha256(bytes)));
    Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, model.algorithm(),
        model.tasks(), model.featureSettings(), provenance, checksums);
    AtomicFiles.write(file, out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        putEntry(zip, MANIFEST, JSON.writeValueAsBytes(manifest));
        for (Map.Entry<String, byte[]> entry : entries.asMap().entrySet()) {
          putEntry(zip, entry.getKey(), entry.getValue());
        }
      }
    });
  }

  /** Reads only the manifest, e.g. to show what a model is without building it. */
  public static Manifest manifest(Path file) {
    return readVerified(file).manifest();
  }

  public static StanceModel load(Path file) {
    Verified bundle = readVerified(file);
    Manifest manifest = bundle.manifest();
    try {
      return switch (manifest.algorithm()) {
        case NeuralModel.ALGORITHM -> NeuralModel.read(manifest, bundle.entries());
        case MaxentModel.ALGORITHM -> MaxentModel.read(manifest, bundle.entries());
        default -> throw new ModelFormatException(
            "unknown algorithm '" + manifest.algorithm() + "' (a newer stance made it?)");
      };
    } catch (ModelFormatException e) {
      throw new ModelFormatException(file + ": " + e.getMessage(), e);
    } catch (RuntimeException | IOException e) {
      throw new ModelFormatException(file + ": model entries cannot be read: " + e.getMessage(), e);
    }
  }

  private record Verified(Manifest manifest, BundleEntries entries) {}

  private static Verified readVerified(Path file) {
    Map<String, byte[]> raw = readZip(file);
    byte[] manifestBytes = raw.remove(MANIFEST);
    if (manifestBytes == null) {
      throw new ModelFormatException(file + ": not a stance model (no " + MANIFEST + ")");
    }
    Manifest manifest;
    try {
      manifest = JSON.readValue(manifestBytes, Manifest.class);
    } catch (IOException | RuntimeException e) {
      throw new ModelFormatException(file + ": not a stance model (unreadable " + MANIFEST + ")");
    }
    if (!Manifest.FORMAT.equals(manifest.format())) {
      throw new ModelFormatException(file + ": not a stance model (format '" + manifest.format() + "')");
    }
    if (manifest.formatVersion() > Manifest.FORMAT_VERSION || manifest.formatVersion() < 1) {
      throw new ModelFormatException(file + ": model format version " + manifest.formatVersion()
          + " is not supported (this stance reads up to " + Manifest.FORMAT_VERSION + ")");
    }
    if (manifest.tasks() == null || manifest.tasks().isEmpty() || manifest.features() == null) {
      throw new ModelFormatException(file + ": manifest lacks tasks or feature settings");
    }
    BundleEntries entries = new BundleEntries();
    for (Map.Entry<String, String> expected : manifest.entries().entrySet()) {
      byte[] bytes = raw.remove(expected.getKey());
      if (bytes == null) {
        throw new ModelFormatException(file + ": entry '" + expected.getKey() + "' is missing");
      }
      if (!sha256(bytes).equals(expected.getValue())) {
        throw new ModelFormatException(file + ": entry '" + expected.getKey()
            + "' does not match its checksum (corrupt or modified)");
      }
      entries.putBytes(expected.getKey(), bytes);
    }
    if (!raw.isEmpty()) {
      throw new ModelFormatException(file + ": unexpected entries " + raw.keySet());
    }
    return new Verified(manifest, entries);
  }

  private static Map<String, byte[]> readZip(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModelFormatException(file + ": no such model file");
    }
    Map<String, byte[]> raw = new TreeMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry entry = all.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        if (raw.containsKey(entry.getName())) {
          throw new ModelFormatException(file + ": entry '" + entry.getName() + "' appears twice");
        }
        try (InputStream in = zip.getInputStream(entry)) {
          byte[] bytes = in.readNBytes((int) Math.min(MAX_ENTRY_BYTES + 1, Integer.MAX_VALUE - 8));
          if (bytes.length > MAX_ENTRY_BYTES) {
            throw new ModelFormatException(file + ": entry '" + entry.getName() + "' is too large");
          }
          raw.put(entry.getName(), bytes);
        }
      }
    } catch (NoSuchFileException e) {
      throw new ModelFormatException(file + ": no such model file");
    } catch (ZipException e) {
      throw new ModelFormatException(file + ": not a stance model (not a readable zip: " + e.getMessage() + ")");
    } catch (IOException e) {
      throw new ModelFormatException(file + ": cannot read model: " + e.getMessage());
    }
    return raw;
  }

  private static void putEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(FIXED_ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] json(Object value) throws JsonProcessingException {
    return JSON.writeValueAsBytes(value);
  }

  static void writeJson(OutputStream out, Object value) throws IOException {
    out.write(json(value));
  }
}
