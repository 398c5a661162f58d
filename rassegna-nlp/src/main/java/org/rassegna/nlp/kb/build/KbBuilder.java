package org.rassegna.nlp.kb.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.lang.LanguageIdentifier;

/**
 * Builds the knowledge base from the open data under {@code shared/data/kb} and the project's own
 * tables. Sources go in from most to least trusted, because the first entry that claims an alias
 * wins at look-up time: curated officials and organisations, then armed groups, territories and
 * parties, then countries (mledoze, CLDR, Wikidata), Supraverden's organisations, seats and
 * capitals, demonyms (the table's, then mledoze's English and French ones), Phoenix persons.
 *
 * <p>The output depends only on the inputs and the JDK's CLDR version, so rebuilding is a no-op
 * unless a source changed.
 */
public final class KbBuilder {
  private final Path shared;
  private final Path tables;

  /**
   * @param shared the folder holding {@code data/kb/…}
   * @param tables the folder of the hand-written tables ({@code rassegna-nlp/src/main/kb})
   */
  public KbBuilder(Path shared, Path tables) {
    this.shared = shared;
    this.tables = tables;
  }

  public KnowledgeBase build() throws IOException {
    requireDir(shared.resolve("data/kb"));
    requireDir(tables);
    List<String> langs = LanguageIdentifier.DEFAULT_LANGUAGES;
    KbDraft kb = new KbDraft();
    CuratedTables.officials(kb, tables);
    CuratedTables.organisations(kb, tables);
    CuratedTables.groups(kb, tables);
    Map<String, String> iso2 = Countries.add(kb, shared, CuratedTables.qids(tables), langs);
    Supraverden.add(kb, shared, Set.copyOf(langs));
    CuratedTables.metonyms(kb, tables);
    CuratedTables.demonyms(kb, tables);
    OpenDemonyms.add(kb, shared, tables);
    PhoenixPersons.add(kb, shared, iso2.keySet());
    return kb.build();
  }

  private static void requireDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a folder: " + dir);
    }
  }
}
