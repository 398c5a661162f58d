package org.rassegna.extract.text.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where reader comments begin. Comments read like prose, often better than the article, so line
 * scores alone would take them in; but their section is announced ("34 responses to …", "Leave a
 * reply", "Jane on May 3, 2019 said:"), and nothing after that announcement is article. A marker
 * only counts once enough prose came before it, so a comment count under the title does not end the
 * article before it starts.
 */
public final class CommentZone {
  private static final int MAX_MARKER_WORDS = 14;
  private static final int MIN_PROSE_WORDS_BEFORE = 80;

  private static final Pattern MARKER =
      Pattern.compile(
          "\\b\\d+\\s+(?:comments?|responses?|replies|reactions|commenti|comentarios"
              + "|commentaires|kommentare|comentários|комментари\\w*)\\b"
              + "|^(?:responses?|comments?|replies) (?:to|on)\\b"
              + "|^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment"
              + "|join the (?:discussion|conversation)|show comments|view comments"
              + "|lascia un commento|deja un comentario|laisser un commentaire"
              + "|kommentar schreiben|deixe um comentário)"
              + "|\\b(?:says|said|wrote|scrive|ha scritto|escribe|escribió|a écrit|écrit|schreibt"
              + "|schrieb|disse|diz)\\s*:$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CommentZone() {}

  /** Index of the first comment line, or {@code lines.size()} when there are no comments. */
  public static int start(List<TextLine> lines, List<LineFeatures> features, double[] scores) {
    int proseWords = 0;
    for (int i = 0; i < lines.size(); i++) {
      LineFeatures f = features.get(i);
      if (proseWords >= MIN_PROSE_WORDS_BEFORE
          && f.words() <= MAX_MARKER_WORDS
          && MARKER.matcher(lines.get(i).text()).find()) {
        return i;
      }
      if (scores[i] > 0) {
        proseWords += f.words();
      }
    }
    return lines.size();
  }
}
