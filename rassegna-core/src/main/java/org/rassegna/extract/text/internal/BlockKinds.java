package org.rassegna.extract.text.internal;

import java.util.regex.Pattern;
import org.rassegna.model.BlockKind;

/** The kind of a body line in a dump, which keeps no markup: told from its shape alone. */
public final class BlockKinds {
  private static final Pattern BULLET = Pattern.compile("^(?:[•·▪►✓*–—-]|\\d{1,2}[.)])\\s+\\S");
  private static final Pattern QUOTED = Pattern.compile("^[\"“«„].*[\"”»“]$");
  private static final int MAX_HEADING_WORDS = 12;

  private BlockKinds() {}

  /** List item when bulleted, quote when wholly quoted, heading when short and unpunctuated. */
  public static BlockKind of(String line, LineFeatures f) {
    if (BULLET.matcher(line).find()) {
      return BlockKind.LIST_ITEM;
    }
    if (f.words() <= MAX_HEADING_WORDS && !f.endsSentence() && f.innerPunctuation() == 0) {
      return BlockKind.HEADING;
    }
    if (line.length() < 2000 && QUOTED.matcher(line).matches()) {
      return BlockKind.QUOTE;
    }
    return BlockKind.PARAGRAPH;
  }
}
