package org.rassegna.store;

/** File formats a corpus table can be exported to, each written by DuckDB's {@code COPY}. */
public enum ExportFormat {
  JSONL("(FORMAT json)"),
  CSV("(FORMAT csv, HEADER true)"),
  PARQUET("(FORMAT parquet)");

  private final String copyOptions;

  ExportFormat(String copyOptions) {
    this.copyOptions = copyOptions;
  }

  String copyOptions() {
    return copyOptions;
  }
}
