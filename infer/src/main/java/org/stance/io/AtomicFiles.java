package org.stance.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a temporary sibling that is moved into place only when writing succeeded, so a
 * failure or Ctrl-C leaves the previous file intact and never a half-written one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp = createTemporary(absolute);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      moveIntoPlace(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A new empty hidden file beside {@code target} ({@code .NAME.RANDOM.tmp}) to write it through. It is
   * created as any new file is, with the permissions the umask allows (rw-r--r-- under the usual 022), so the
   * finished file is as readable as one written directly. {@link Files#createTempFile} would make it
   * owner-only (rw-------), and the move would keep that.
   */
  public static Path createTemporary(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    while (true) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + suffix + ".tmp");
      try {
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException taken) {
        // another name is tried; CREATE_NEW never takes over a file someone else is writing
      }
    }
  }

  /** Replaces {@code target} with {@code temp} in one step where the file system allows it. */
  public static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}
