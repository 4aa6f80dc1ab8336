package org.stance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stance.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stance report DIR}: the HTML report on the tables {@code tag} wrote into DIR. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write report.html on the tables `stance tag` wrote into DIR (CSV or JSON): share of voice"
        + " per source and per article, stance by actor, the timeline, the most confident sentences and the"
        + " tables, as one self-contained file that opens offline (plotly.js is inlined)."})
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DIR", description = "Directory of tables written by stance tag --out DIR.")
  Path dir;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE.html", description = "Where to write the report"
      + " (default: DIR/report.html).")
  Path out;

  @Option(names = "--top", defaultValue = "3", paramLabel = "N",
      description = "Most confident sentences shown per label pair (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be at least 1");
    }
    Path file = out == null ? dir.resolve(Report.FILE) : out;
    Report.write(dir, file, top);
    spec.commandLine().getOut().println("Report written to " + file.toAbsolutePath().normalize());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
