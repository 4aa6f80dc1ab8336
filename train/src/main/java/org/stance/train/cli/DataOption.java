package org.stance.train.cli;

import java.nio.file.Path;
import java.util.List;
import org.stance.train.data.LabeledCsvReader;
import org.stance.train.data.LabeledDataset;
import picocli.CommandLine.Option;

/** {@code --data}: labeled CSV files or directories of them. */
final class DataOption {
  @Option(names = {"-d", "--data"}, required = true, arity = "1..*", paramLabel = "FILE.csv",
      description = "Labeled CSV (article_id,sentence_no,text,LABEL...) or a directory of them.")
  List<Path> data;

  LabeledDataset read() {
    return LabeledCsvReader.read(data);
  }
}
