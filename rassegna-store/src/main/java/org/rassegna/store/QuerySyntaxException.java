package org.rassegna.store;

/** A query the user typed cannot be parsed; the message is one line that says why. */
public final class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message) {
    super(message);
  }
}
