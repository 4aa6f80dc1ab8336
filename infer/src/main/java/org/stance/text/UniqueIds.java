package org.stance.text;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.stance.io.InputException;

/** The article ids read so far: an id must not appear twice across all input files. */
final class UniqueIds {
  private final Set<String> seen = new HashSet<>();

  void add(String id, Path file, long line) {
    if (!seen.add(id)) {
      throw InputException.at(file, line, "article id '" + id + "' appears twice in the input");
    }
  }
}
