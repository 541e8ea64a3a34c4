package dev.handctl.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: the first column left-aligned, the others right-aligned. */
final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a row; the first row added is the header. */
  TextTable row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  /** Prints the table, two spaces between columns, each line indented by {@code indent}. */
  void print(PrintWriter out, String indent) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] width = new int[columns];
    for (List<String> r : rows) {
      for (int c = 0; c < r.size(); c++) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < r.size(); c++) {
        String cell = r.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        line.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
