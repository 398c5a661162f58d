package org.rassegna.source;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.rassegna.model.Outcome;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;
import org.rassegna.model.SourceRef;

final class JsonlSource implements PageSource {
  private final Path file;

  JsonlSource(Path file, SourceOptions options) {
    this.file = file;
  }

  @Override
  public Iterator<SourceItem> iterator() {
    return List.<SourceItem>of(
            new Outcome.Skipped(
                SourceRef.file(file.toString(), SourceFormat.JSONL),
                Reason.UNSUPPORTED_FILE,
                "reader pending"))
        .iterator();
  }

  @Override
  public void close() {}
}
