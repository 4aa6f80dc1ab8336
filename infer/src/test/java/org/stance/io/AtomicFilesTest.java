package org.stance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.model.Task;
import org.stance.tables.TagOutputs;
import org.stance.tables.TableFormat;

/** Finished outputs are as readable as files written directly: permissions from the umask, not owner-only. */
class AtomicFilesTest {
  @TempDir Path dir;

  /**
   * What the umask gives a new file here (rw-r--r-- under the usual 022); skips the test off POSIX or under
   * a umask that hides new files from others.
   */
  private Set<PosixFilePermission> plainFilePermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Path plain = dir.resolve("plain");
    Files.newOutputStream(plain).close();
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(plain);
    Files.delete(plain);
    assumeTrue(permissions.contains(PosixFilePermission.OTHERS_READ), "a umask that lets others read new files");
    return permissions;
  }

  @Test
  void writtenFilesGetThePermissionsOfAPlainFile() throws IOException {
    Set<PosixFilePermission> plain = plainFilePermissions();
    Path file = dir.resolve("out/table.csv");
    AtomicFiles.writeString(file, "a,b\n");
    AtomicFiles.writeString(file, "a,b\n1,2\n"); // replacing keeps them too
    assertEquals(plain, Files.getPosixFilePermissions(file));
    assertEquals("a,b\n1,2\n", Files.readString(file));
    assertEquals(List.of("table.csv"), names(file.getParent()), "no temporary file left");
  }

  @Test
  void everyTableOfATaggingRunGetsThemToo() throws IOException {
    Set<PosixFilePermission> plain = plainFilePermissions();
    Path out = dir.resolve("tables");
    List<Task> tasks = List.of(new Task("actor", List.of("RUSSIA", "TURKEY")));
    try (TagOutputs outputs = new TagOutputs(out, tasks, TableFormat.CSV)) {
      outputs.finish();
    }
    List<String> names = names(out);
    assertEquals(TagOutputs.fileNames(tasks, TableFormat.CSV).stream().sorted().toList(), names);
    for (String name : names) {
      assertEquals(plain, Files.getPosixFilePermissions(out.resolve(name)), name);
    }
  }

  @Test
  void temporaryFilesAreHiddenSiblingsWithFreshNames() throws IOException {
    Path target = dir.resolve("t.csv");
    Path first = AtomicFiles.createTemporary(target);
    Path second = AtomicFiles.createTemporary(target);
    assertTrue(first.getFileName().toString().matches("\\.t\\.csv\\.[0-9a-z]+\\.tmp"), first.toString());
    assertEquals(dir.toAbsolutePath(), first.getParent());
    assertTrue(!first.equals(second) && Files.exists(first) && Files.exists(second));
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
