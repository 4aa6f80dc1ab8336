package org.stance.train.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the stance command line in a fresh JVM (the classpath of this one) and measures its wall time and
 * peak resident memory. Peak RSS is the kernel's high-water mark (VmHWM in /proc), polled every 20 ms
 * while the child runs, so a peak in its last few milliseconds can be missed.
 */
final class ChildRun {
  record Result(int exitCode, double seconds, long peakRssBytes, String output) {}

  private ChildRun() {}

  static Result run(List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Dorg.bytedeco.javacpp.cachedir=" + System.getProperty("org.bytedeco.javacpp.cachedir",
        Path.of(System.getProperty("user.home"), ".javacpp", "cache").toString()));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.stance.train.cli.Main");
    command.addAll(args);
    Path log = Files.createTempFile("stance-bench", ".log");
    try {
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      long peak = 0;
      while (process.isAlive()) {
        peak = Math.max(peak, highWaterMark(process.pid()));
        Thread.sleep(20);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(process.exitValue(), seconds, peak, Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static long highWaterMark(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process ended between the check and the read, or /proc is absent: no reading
    }
    return 0;
  }
}
