package org.stance.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stance.train.data.LabeledCsvReader;
import org.stance.train.data.LabeledDataset;

/** Data the tests share: small CSVs written on the spot, and one file of the project's own dataset. */
public final class TestData {
  private TestData() {}

  /** The project root (tests run in the module directory). */
  public static Path root() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  /** One writer's file of the project's hand-written training data: a few hundred sentences. */
  public static Path smallTrainFile() {
    return root().resolve("datasets/idlib/train/sana.csv");
  }

  public static LabeledDataset smallTrain() {
    return LabeledCsvReader.read(smallTrainFile());
  }

  public static Path sharedDir() {
    return Path.of(System.getProperty("stance.shared", "../../shared")).toAbsolutePath().normalize();
  }

  public static Path write(Path dir, String name, String... lines) {
    try {
      Path file = dir.resolve(name);
      Files.write(file, List.of(lines));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
