package org.stance.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.tables.TagOutputs;
import org.stance.tables.TaggedFixtures;

/**
 * The Java snippets of docs/analysis.md, run in JShell (the JDK's jdk.jshell API) against tables tagged
 * from a fixture, in the order the page gives them, so the page cannot drift from the tables.
 */
class AnalysisDocTest {
  private static final Path DOC = Path.of(System.getProperty("basedir", "."), "..", "docs", "analysis.md");
  private static final String DOC_DIR = "Path.of(\"out/fakes\")";
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path tables;
  private JShell jshell;

  @BeforeEach
  void tagTheFixtureAndStartJShell() throws IOException {
    try (TagOutputs outputs = new TagOutputs(tables, TaggedFixtures.TASKS)) {
      TaggedFixtures.fortnight().forEach(outputs);
      outputs.finish();
    }
    jshell = JShell.builder().executionEngine("local").out(new PrintStream(OutputStream.nullOutputStream()))
        .build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      jshell.addToClasspath(entry);
    }
  }

  @AfterEach
  void closeJShell() {
    jshell.close();
  }

  @Test
  void everyJavaSnippetRunsAndAnswersTheQuestion() throws IOException {
    List<String> blocks = javaBlocks(Files.readString(DOC));
    assertTrue(blocks.size() >= 4, "the page shows the imports and three questions in Java: " + blocks.size());
    assertTrue(blocks.get(0).contains(DOC_DIR), "the first snippet names the directory, which the test replaces");
    for (String block : blocks) {
      run(block.replace(DOC_DIR, "Path.of(\"" + tables.toString().replace("\\", "\\\\") + "\")"));
    }

    assertEquals("\"Anadolu\"", value("turkeyVoice.stringColumn(\"source\").get(0)"),
        "3 of Anadolu's 4 sentences are Turkish");
    assertEquals("0.75", value("turkeyVoice.doubleColumn(1).get(0)"));
    assertEquals("2", value("turkeyStanceByWeek.rowCount()"), "two weeks: of 24 February and of 2 March");
    assertEquals("0.6667", value("turkeyStanceByWeek.where(turkeyStanceByWeek.dateColumn(\"period_start\")"
        + ".isEqualTo(java.time.LocalDate.of(2020, 2, 24))).doubleColumn(\"CONFRONTATIONAL\").get(0)"),
        "2 of Turkey's 3 sentences in the week of 24 February");
    assertEquals("\"[Anadolu, Anadolu, TASS]\"", value("outletWeeks.stringColumn(\"source\").asList().toString()"));
    assertEquals("\"[2020-02-24, 2020-03-02, 2020-02-24]\"",
        value("outletWeeks.dateColumn(\"week\").asList().toString()"));
    assertEquals("\"[CONFRONTATIONAL, COOPERATIVE, COOPERATIVE]\"",
        value("outletWeeks.stringColumn(\"stance\").asList().toString()"));
    assertEquals("\"[1.0, 1.0, 1.0]\"", value("outletWeeks.doubleColumn(\"share\").asList().toString()"));
    assertEquals("4", value("outletWeeks.intColumn(\"Count\").sum()").replace(".0", ""),
        "Turkey's 5 sentences less the one in an article whose date cannot be read");
  }

  private void run(String source) {
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(remaining);
      assertTrue(info.completeness().isComplete(), "incomplete snippet: " + remaining);
      for (SnippetEvent event : jshell.eval(info.source())) {
        if (event.exception() != null) {
          fail("snippet threw " + event.exception() + ":\n" + info.source());
        }
        if (event.causeSnippet() == null && event.status() != Snippet.Status.VALID) {
          fail("snippet " + event.status() + ": " + diagnostics(event.snippet()) + "\n" + info.source());
        }
      }
      remaining = info.remaining();
    }
  }

  /** The value of an expression in the snippets' session, as JShell shows it (strings in quotes). */
  private String value(String expression) {
    List<SnippetEvent> events = jshell.eval(expression);
    SnippetEvent event = events.get(0);
    assertFalse(event.status() == Snippet.Status.REJECTED, diagnostics(event.snippet()));
    assertNotNull(event.value(), expression + " threw " + event.exception());
    return event.value();
  }

  private String diagnostics(Snippet snippet) {
    return jshell.diagnostics(snippet).map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.joining("; "));
  }

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JAVA_BLOCK.matcher(markdown);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }
}
