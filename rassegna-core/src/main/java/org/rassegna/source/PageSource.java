package org.rassegna.source;

import java.io.Closeable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.rassegna.model.SourceItem;

/** A lazy, closeable sequence of input records. Iterate once, inside try-with-resources. */
public interface PageSource extends Iterable<SourceItem>, Closeable {

  default Stream<SourceItem> stream() {
    return StreamSupport.stream(spliterator(), false);
  }
}
