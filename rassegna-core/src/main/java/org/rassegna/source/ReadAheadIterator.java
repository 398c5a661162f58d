package org.rassegna.source;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.rassegna.model.SourceItem;

/**
 * Reads one item ahead, so that a source can end a file with one final failed item (a cut gzip, a
 * broken record) and then stop.
 */
abstract class ReadAheadIterator implements Iterator<SourceItem> {
  private SourceItem next;
  private boolean done;

  /** The next item, or empty at the end of the input. */
  protected abstract Optional<SourceItem> advance();

  /** Marks the item being returned as the last one. */
  protected final void finish() {
    done = true;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      Optional<SourceItem> item = advance();
      if (item.isPresent()) {
        next = item.get();
      } else {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public final SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = next;
    next = null;
    return item;
  }
}
