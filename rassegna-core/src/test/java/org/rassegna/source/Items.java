package org.rassegna.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rassegna.model.Outcome;
import org.rassegna.model.RawPage;
import org.rassegna.model.Reason;
import org.rassegna.model.SourceItem;

/** Reads sources whole for assertions. */
final class Items {
  private Items() {}

  static List<SourceItem> read(Path path) {
    return read(path, SourceOptions.defaults());
  }

  static List<SourceItem> read(Path path, SourceOptions options) {
    return drain(Sources.open(List.of(path), options));
  }

  static List<SourceItem> drain(PageSource source) {
    List<SourceItem> items = new ArrayList<>();
    try (source) {
      source.forEach(items::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return items;
  }

  static String text(SourceItem item) {
    return new String(((RawPage) item).content(), StandardCharsets.UTF_8);
  }

  /** {@code page}, {@code skipped:reason-code} or {@code failed:reason-code}. */
  static String kind(SourceItem item) {
    if (item instanceof RawPage) {
      return "page";
    }
    if (item instanceof Outcome.Skipped s) {
      return "skipped:" + s.reason().code();
    }
    Reason r = ((Outcome.Failed) item).reason();
    return "failed:" + r.code();
  }

  static List<String> kinds(List<SourceItem> items) {
    return items.stream().map(Items::kind).toList();
  }
}
