package org.rassegna.model;

import java.util.Objects;

/** How an input record ended: extracted, skipped with a reason, or failed with a message. */
public sealed interface Outcome permits Outcome.Extracted, Outcome.Skipped, Outcome.Failed {

  SourceRef source();

  /** An article came out. */
  record Extracted(Article article) implements Outcome {
    public Extracted {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public SourceRef source() {
      return article.source();
    }
  }

  /** The record is not an article to extract (a WARC request record, a page with no body). */
  record Skipped(SourceRef source, Reason reason, String message) implements Outcome, SourceItem {
    public Skipped {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  /** The record could not be read or extracted; the message says what, where and what to do. */
  record Failed(SourceRef source, Stage stage, Reason reason, String message)
      implements Outcome, SourceItem {
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }
}
