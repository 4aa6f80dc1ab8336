package org.stance.train.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.features.FeatureExtractor;
import org.stance.features.SentenceFeatures;
import org.stance.model.Manifest;
import org.stance.model.ModelBundle;
import org.stance.model.ModelFormatException;
import org.stance.model.NeuralModel;
import org.stance.model.Prediction;
import org.stance.model.StanceModel;
import org.stance.train.TestData;
import org.stance.train.data.LabeledArticle;
import org.stance.train.data.LabeledDataset;
import org.stance.train.training.ModelTraining;
import org.stance.train.training.TrainingOptions;

/** Train -> save -> load gives the same predictions; damaged or foreign bundles are refused in one line. */
class ModelBundleTest {
  static LabeledDataset data;
  static ModelTraining.Result neural;
  static List<SentenceFeatures> features;

  @TempDir Path dir;

  @BeforeAll
  static void train() {
    data = TestData.smallTrain();
    neural = ModelTraining.run(data, null, TrainingOptions.defaults().withEpochs(2), line -> { });
    FeatureExtractor extractor = new FeatureExtractor(neural.model().featureSettings());
    features = new ArrayList<>();
    for (LabeledArticle article : data.articles()) {
      features.addAll(extractor.extract(article.document()));
    }
  }

  @Test
  void neuralModelPredictsTheSameAfterSaveAndLoad() throws IOException {
    Path file = dir.resolve("neural.zip");
    ModelBundle.save(neural.model(), neural.provenance(), file);
    StanceModel loaded = ModelBundle.load(file);
    assertEquals(neural.model().tasks(), loaded.tasks());
    assertEquals(neural.model().featureSettings(), loaded.featureSettings());
    assertEquals(neural.model().predict(features), loaded.predict(features));

    Path again = dir.resolve("neural-again.zip"); // a loaded model, which has no DL4J graph, saves too
    ModelBundle.save(loaded, neural.provenance(), again);
    assertEquals(neural.model().predict(features), ModelBundle.load(again).predict(features));
  }

  @Test
  void fastInferenceAgreesWithTheDl4jForwardPass() {
    NeuralModel model = (NeuralModel) neural.model();
    assertTrue(model.fastInference(), "a trained embedding-bag network takes the fast path");
    List<Prediction> fast = model.predict(features);
    List<Prediction> reference = model.predictWithGraph(features);
    for (int i = 0; i < fast.size(); i++) {
      for (String task : List.of("actor", "stance")) {
        assertEquals(reference.get(i).label(task).value(), fast.get(i).label(task).value());
        assertEquals(reference.get(i).label(task).probability(), fast.get(i).label(task).probability(), 1e-5);
      }
    }
  }

  @Test
  void maxentModelPredictsTheSameAfterSaveAndLoad() throws IOException {
    ModelTraining.Result maxent = ModelTraining.run(data, null,
        TrainingOptions.defaults().withAlgorithm("maxent"), line -> { });
    Path file = dir.resolve("maxent.zip");
    ModelBundle.save(maxent.model(), maxent.provenance(), file);
    StanceModel loaded = ModelBundle.load(file);
    assertEquals("maxent", loaded.algorithm());
    assertEquals(maxent.model().predict(features), loaded.predict(features));
  }

  @Test
  void sameDataAndSeedGiveTheSameModel() {
    ModelTraining.Result again = ModelTraining.run(data, null, TrainingOptions.defaults().withEpochs(2), line -> { });
    List<Prediction> first = neural.model().predict(features);
    assertEquals(first, again.model().predict(features));
  }

  @Test
  void manifestRecordsProvenance() throws IOException {
    Path file = dir.resolve("neural.zip");
    ModelBundle.save(neural.model(), neural.provenance(), file);
    Manifest manifest = ModelBundle.manifest(file);
    assertEquals(Manifest.FORMAT_VERSION, manifest.formatVersion());
    assertEquals(42, manifest.provenance().seed());
    assertEquals(data.sha256(), manifest.provenance().trainingDataSha256());
    assertTrue(manifest.provenance().libraries().containsKey("deeplearning4j"));
    assertEquals(List.of("network/bag-parameters.bin", "network/configuration.json"),
        List.copyOf(manifest.entries().keySet()));
  }

  @Test
  void refusesTamperedTruncatedForeignAndNewerFiles() throws IOException {
    Path good = dir.resolve("neural.zip");
    ModelBundle.save(neural.model(), neural.provenance(), good);

    Path tampered = rewrite(good, "tampered.zip", entries -> {
      byte[] params = entries.get("network/bag-parameters.bin");
      params[params.length - 1] ^= 1;
      return entries;
    });
    assertRefused(tampered, "does not match its checksum");

    Path shortened = rewrite(good, "shortened.zip", entries -> {
      byte[] params = entries.get("network/bag-parameters.bin");
      return withEntry(entries, "network/bag-parameters.bin", java.util.Arrays.copyOf(params, params.length - 4));
    });
    assertRefused(shortened, "network parameters are truncated");

    Path truncated = dir.resolve("truncated.zip");
    byte[] bytes = Files.readAllBytes(good);
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertRefused(truncated, "not a readable zip");

    Path foreign = dir.resolve("foreign.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(foreign))) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("hi".getBytes(StandardCharsets.UTF_8));
    }
    assertRefused(foreign, "not a stance model");

    Path notZip = dir.resolve("notes.txt");
    Files.writeString(notZip, "just text");
    assertRefused(notZip, "not a stance model");

    Path newer = rewrite(good, "newer.zip", entries -> {
      String manifest = new String(entries.get(ModelBundle.MANIFEST), StandardCharsets.UTF_8);
      entries.put(ModelBundle.MANIFEST, manifest.replace("\"formatVersion\" : " + Manifest.FORMAT_VERSION, "\"formatVersion\" : 99")
          .getBytes(StandardCharsets.UTF_8));
      return entries;
    });
    assertRefused(newer, "format version 99 is not supported");

    assertRefused(dir.resolve("missing.zip"), "no such model file");
  }

  @Test
  void refusesNetworkConfigurationsNamingForeignClasses() throws IOException {
    Path good = dir.resolve("neural.zip");
    ModelBundle.save(neural.model(), neural.provenance(), good);
    Path evil = rewrite(good, "evil.zip", entries -> {
      String config = new String(entries.get("network/configuration.json"), StandardCharsets.UTF_8);
      String changed = config.replaceFirst("\"@class\" : \"org\\.deeplearning4j[^\"]*\"",
          "\"@class\" : \"java.lang.ProcessBuilder\"");
      assertFalse(config.equals(changed), "the configuration names classes");
      return withEntry(entries, "network/configuration.json", changed.getBytes(StandardCharsets.UTF_8));
    });
    assertRefused(evil, "foreign class java.lang.ProcessBuilder");
  }

  /** The entries with one entry replaced and its checksum in the manifest updated, as a forger would. */
  private static Map<String, byte[]> withEntry(Map<String, byte[]> entries, String name, byte[] bytes) {
    entries.put(name, bytes);
    String manifest = new String(entries.get(ModelBundle.MANIFEST), StandardCharsets.UTF_8);
    entries.put(ModelBundle.MANIFEST, manifest.replaceFirst(
        "(\"" + java.util.regex.Pattern.quote(name) + "\" : \")[0-9a-f]+", "$1" + sha256(bytes))
        .getBytes(StandardCharsets.UTF_8));
    return entries;
  }

  private static void assertRefused(Path file, String expected) {
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelBundle.load(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  private Path rewrite(Path source, String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(source.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    Path target = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : change.apply(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
      }
    }
    return target;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
