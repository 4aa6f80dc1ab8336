package org.stance.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The default model: the bundle that the {@code stance-model-default} artifact puts on the classpath at
 * {@value #RESOURCE}. Trained by the build from the project's own data, never downloaded.
 */
public final class DefaultModel {
  public static final String RESOURCE = "/org/stance/model/default-model.zip";

  private DefaultModel() {}

  public static boolean available() {
    return DefaultModel.class.getResource(RESOURCE) != null;
  }

  /** The bundle as a file: on disk already when run from the build tree, else copied out of the jar. */
  public static Path file() {
    URL url = DefaultModel.class.getResource(RESOURCE);
    if (url == null) {
      throw new ModelFormatException("no default model on the classpath (build the project with"
          + " `mvn package`, or name a model with --model)");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return Path.of(url.toURI());
      }
      Path copy = Files.createTempFile("stance-default-model", ".zip");
      copy.toFile().deleteOnExit();
      try (InputStream in = url.openStream()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default model", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static StanceModel load() {
    return ModelBundle.load(file());
  }
}
