package org.stance.train.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.cli.CommonOptions;
import org.stance.cli.ExitCodes;
import org.stance.train.data.LabelDistribution;
import org.stance.train.data.LabeledDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stance stats}: the label distribution of labeled data, as Markdown tables. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Print the size and label distribution of labeled data as Markdown tables (checks the"
        + " files on the way: a malformed row fails with its file and line).")
public final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Mixin DataOption data;

  @Override
  public Integer call() {
    LabeledDataset dataset = data.read();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d articles, %d sentences%n%n", dataset.articles().size(), dataset.sentenceCount());
    out.println(LabelDistribution.markdown(LabelDistribution.byLabel(dataset)));
    var crossed = LabelDistribution.crossed(dataset);
    if (crossed != null) {
      out.println(LabelDistribution.markdown(crossed));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
