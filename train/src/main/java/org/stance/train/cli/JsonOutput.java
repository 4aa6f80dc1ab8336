package org.stance.train.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.stance.io.AtomicFiles;

/** Writes a command's figures as indented JSON, atomically. */
final class JsonOutput {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  static void write(Path file, Object value) throws IOException {
    AtomicFiles.write(file, out -> JSON.writeValue(new NonClosing(out), value));
  }

  /** Jackson closes the stream it writes; AtomicFiles closes it itself. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
