package org.stance.train.bench;

import java.util.List;
import java.util.Locale;

/** BENCHMARKS.md: the measured figures beside the targets, and how they were measured. */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  public static String markdown(List<Benchmark.Measure> measures, Benchmark.Settings settings, String command) {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmarks\n\n");
    out.append("Written by `").append(command).append("`; do not edit by hand.\n\n");
    out.append(String.format(Locale.ROOT, "Machine: %d cores, Java %s (%s), %s %s.%n%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch")));
    out.append("Each row is one run of the command line in a fresh JVM with the launcher's heap (-Xmx1g): wall")
        .append(" time from process start to exit (JVM start, model loading, reading, splitting, features,")
        .append(" model, tables), and the peak resident set size the kernel reports (VmHWM, polled every")
        .append(" 20 ms). Tagging input: `").append(settings.corpus().getFileName())
        .append("` repeated to the sentence count shown.\n\n");
    out.append("| task | model | wall time (s) | sentences | sentences/s | peak RSS (MB) |\n");
    out.append("|---|---|---:|---:|---:|---:|\n");
    for (Benchmark.Measure m : measures) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %d |%n", m.task(), m.model(),
          m.seconds(), m.sentences() == 0 ? "" : Long.toString(m.sentences()),
          m.sentences() == 0 ? "" : String.format(Locale.ROOT, "%.0f", m.sentencesPerSecond()),
          m.peakRssBytes() >> 20));
    }
    out.append("\nTargets (issue 4): at least 20,000 sentences/s with the default model and never slower than")
        .append(" maxent; default model trained in under 60 s; one article tagged in under 2.5 s from a cold")
        .append(" start; peak RSS under 1 GB.\n");
    return out.toString();
  }
}
