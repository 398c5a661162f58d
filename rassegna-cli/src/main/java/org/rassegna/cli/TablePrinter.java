package org.rassegna.cli;

import java.io.PrintWriter;
import java.util.List;
import org.rassegna.store.ResultTable;

/** Prints a result table with aligned columns; long values are cut so rows stay one line. */
final class TablePrinter {
  private static final int MAX_WIDTH = 60;

  private TablePrinter() {}

  static void print(PrintWriter out, ResultTable t) {
    int[] widths = new int[t.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = t.columns().get(i).length();
      for (List<String> row : t.rows()) {
        widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, cell(row.get(i)).length()));
      }
    }
    line(out, t.columns(), widths);
    StringBuilder rule = new StringBuilder();
    for (int w : widths) {
      rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(w));
    }
    out.println(rule);
    for (List<String> row : t.rows()) {
      line(out, row, widths);
    }
  }

  private static void line(PrintWriter out, List<String> values, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        sb.append(" | ");
      }
      String v = cell(values.get(i));
      sb.append(String.format("%-" + widths[i] + "s", v));
    }
    out.println(sb.toString().stripTrailing());
  }

  private static String cell(String v) {
    String one = v.replaceAll("\\s+", " ");
    return one.length() > MAX_WIDTH ? one.substring(0, MAX_WIDTH - 1) + "…" : one;
  }
}
