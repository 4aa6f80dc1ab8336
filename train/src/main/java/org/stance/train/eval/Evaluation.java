package org.stance.train.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation of a model on labeled data: one {@link TaskEvaluation} per label column. {@link #toString()}
 * is the report people read; {@link #toJson()} the same figures for scripts, in a fixed shape:
 * {@code {"tasks":{TASK:{"accuracy","macro_f1","majority_macro_f1","per_class":{LABEL:{"precision",
 * "recall","f1","support"}},"confusion":{GOLD:{PREDICTED:count}}}}}}, and {@code "fnc1_score":
 * {"score","max","percent"}} for a task with FNC-1's labels.
 */
public record Evaluation(List<TaskEvaluation> tasks) {
  public static final int SCHEMA_VERSION = 1;

  public Evaluation {
    tasks = List.copyOf(tasks);
  }

  public TaskEvaluation task(String name) {
    return tasks.stream().filter(t -> t.task().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no task " + name));
  }

  /** The mean macro-F1 over tasks: the one number model selection looks at. */
  public double meanMacroF1() {
    return tasks.stream().mapToDouble(TaskEvaluation::macroF1).average().orElse(0);
  }

  public Map<String, Object> toJson() {
    Map<String, Object> byTask = new LinkedHashMap<>();
    for (TaskEvaluation task : tasks) {
      byTask.put(task.task(), taskJson(task));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("schema_version", SCHEMA_VERSION);
    json.put("tasks", byTask);
    return json;
  }

  private static Map<String, Object> taskJson(TaskEvaluation task) {
    TaskEvaluation majority = task.majorityBaseline();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sentences", task.total());
    json.put("accuracy", task.accuracy());
    json.put("macro_f1", task.macroF1());
    json.put("majority_label", majority.majorityLabel());
    json.put("majority_accuracy", majority.accuracy());
    json.put("majority_macro_f1", majority.macroF1());
    Map<String, Object> perClass = new LinkedHashMap<>();
    task.perClass().forEach((label, s) -> {
      Map<String, Object> scores = new LinkedHashMap<>();
      scores.put("precision", s.precision());
      scores.put("recall", s.recall());
      scores.put("f1", s.f1());
      scores.put("support", s.support());
      perClass.put(label, scores);
    });
    json.put("per_class", perClass);
    Map<String, Object> confusion = new LinkedHashMap<>();
    for (int g = 0; g < task.labels().size(); g++) {
      Map<String, Long> row = new LinkedHashMap<>();
      for (int p = 0; p < task.labels().size(); p++) {
        row.put(task.labels().get(p), task.confusion()[g][p]);
      }
      confusion.put(task.labels().get(g), row);
    }
    json.put("confusion", confusion);
    Fnc1Score.of(task).ifPresent(fnc -> json.put("fnc1_score",
        Map.of("score", fnc.score(), "max", fnc.max(), "percent", fnc.percent())));
    return json;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (TaskEvaluation task : tasks) {
      appendTask(out, task);
    }
    return out.toString();
  }

  private static void appendTask(StringBuilder out, TaskEvaluation task) {
    TaskEvaluation majority = task.majorityBaseline();
    int width = Math.max(12, task.labels().stream().mapToInt(String::length).max().orElse(0) + 2);
    out.append(String.format(Locale.ROOT,
        "%s (%d sentences): accuracy %.3f, macro-F1 %.3f | majority baseline (always %s): accuracy %.3f,"
            + " macro-F1 %.3f%n",
        task.task(), task.total(), task.accuracy(), task.macroF1(), majority.majorityLabel(),
        majority.accuracy(), majority.macroF1()));
    String row = "%-" + width + "s %9s %9s %9s %9s%n";
    out.append(String.format(Locale.ROOT, row, "label", "precision", "recall", "f1", "support"));
    task.perClass().forEach((label, s) -> out.append(String.format(Locale.ROOT,
        "%-" + width + "s %9.3f %9.3f %9.3f %9d%n", label, s.precision(), s.recall(), s.f1(), s.support())));
    out.append(String.format(Locale.ROOT, "%-" + width + "s %9.3f %9.3f %9.3f %9d%n", "macro avg",
        task.macroPrecision(), task.macroRecall(), task.macroF1(), task.total()));
    out.append("confusion (rows: gold, columns: predicted)\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s", ""));
    int cell = Math.max(7, task.labels().stream().mapToInt(String::length).max().orElse(0) + 1);
    for (String label : task.labels()) {
      out.append(String.format(Locale.ROOT, "%" + cell + "s", label));
    }
    out.append('\n');
    for (int g = 0; g < task.labels().size(); g++) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s", task.labels().get(g)));
      for (int p = 0; p < task.labels().size(); p++) {
        out.append(String.format(Locale.ROOT, "%" + cell + "d", task.confusion()[g][p]));
      }
      out.append('\n');
    }
    Fnc1Score.of(task).ifPresent(fnc -> out.append(String.format(Locale.ROOT,
        "FNC-1 score: %.2f of %.2f (%.2f%%)%n", fnc.score(), fnc.max(), fnc.percent())));
    out.append('\n');
  }
}
