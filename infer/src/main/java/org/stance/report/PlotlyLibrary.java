package org.stance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * plotly.js, read from its WebJar on the classpath ({@code org.webjars.npm:plotly.js-dist}) to be inlined
 * into the report, so the report needs no network. The version is the WebJar's own, from its Maven
 * metadata.
 */
final class PlotlyLibrary {
  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/plotly.js-dist/pom.properties";

  private PlotlyLibrary() {}

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = resource(WEBJAR)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  static String resourcePath() {
    return "META-INF/resources/webjars/plotly.js-dist/" + version() + "/plotly.js";
  }

  /** The library's source, checked to be safe to put between {@code <script>} and {@code </script>}. */
  static String source() {
    String source;
    try (InputStream in = resource(resourcePath())) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException(resourcePath() + " cannot be inlined: it holds </script or <!--");
    }
    return source;
  }

  private static InputStream resource(String path) {
    InputStream in = PlotlyLibrary.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(path + " is not on the classpath (the plotly.js-dist WebJar)");
    }
    return in;
  }
}
