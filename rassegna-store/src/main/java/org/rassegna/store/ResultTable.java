package org.rassegna.store;

import java.util.List;

/** A small query result, all values as text ({@code null} SQL values as empty strings). */
public record ResultTable(List<String> columns, List<List<String>> rows) {
  public ResultTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
