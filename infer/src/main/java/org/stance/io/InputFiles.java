package org.stance.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a user's input paths stand for: a file stands for itself, a directory for its files with one
 * of the accepted extensions, in name order. Checked up front, so a typo fails before any work is done.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * @param extensions accepted endings, such as {@code ".txt"}
   * @param what how a user calls these files in an error ("articles", "labeled CSV files")
   */
  public static List<Path> expand(List<Path> inputs, List<String> extensions, String what) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> listing = Files.list(input)) {
          List<Path> found = listing.filter(p -> Files.isRegularFile(p) && accepted(p, extensions)).sorted().toList();
          if (found.isEmpty()) {
            throw InputException.at(input, 0, "directory holds no " + what + " (" + String.join(", ", extensions) + ")");
          }
          files.addAll(found);
        } catch (IOException e) {
          throw InputException.at(input, 0, "cannot list directory: " + e.getMessage());
        }
      } else if (!Files.exists(input)) {
        throw InputException.at(input, 0, "no such file or directory");
      } else if (!Files.isRegularFile(input) || !accepted(input, extensions)) {
        throw InputException.at(input, 0, "not one of the " + what + ": expected "
            + String.join(", ", extensions) + " or a directory");
      } else if (!Files.isReadable(input)) {
        throw InputException.at(input, 0, "file is not readable");
      } else {
        files.add(input);
      }
    }
    return files;
  }

  private static boolean accepted(Path path, List<String> extensions) {
    String name = path.getFileName().toString();
    return extensions.stream().anyMatch(name::endsWith);
  }
}
