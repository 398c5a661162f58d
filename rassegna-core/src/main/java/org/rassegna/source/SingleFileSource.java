package org.rassegna.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.rassegna.model.Outcome;
import org.rassegna.model.PageKind;
import org.rassegna.model.RawPage;
import org.rassegna.model.SourceFormat;
import org.rassegna.model.SourceItem;
import org.rassegna.model.SourceRef;
import org.rassegna.model.Stage;

/** One HTML page or text dump in one file, optionally gzipped. */
final class SingleFileSource implements PageSource {
  private final Path file;
  private final FileKind kind;
  private final SourceOptions options;

  SingleFileSource(Path file, FileKind kind, SourceOptions options) {
    this.file = file;
    this.kind = kind;
    this.options = options;
  }

  @Override
  public Iterator<SourceItem> iterator() {
    return List.of(read()).iterator();
  }

  private SourceItem read() {
    boolean html = kind == FileKind.HTML;
    SourceRef ref = SourceRef.file(file.toString(), html ? SourceFormat.HTML : SourceFormat.TEXT);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = BoundedReader.readAll(in, FileKind.isGzip(file), Files.size(file), options);
      return RawPage.of(ref, html ? PageKind.HTML : PageKind.TEXT, bytes);
    } catch (BoundedReader.ReadException e) {
      return new Outcome.Failed(ref, Stage.SOURCE, e.reason(), file + ": " + e.getMessage());
    } catch (IOException e) {
      return new Outcome.Failed(
          ref,
          Stage.SOURCE,
          org.rassegna.model.Reason.IO_ERROR,
          "cannot read " + file + ": " + Problems.describe(e));
    }
  }

  @Override
  public void close() {}
}
