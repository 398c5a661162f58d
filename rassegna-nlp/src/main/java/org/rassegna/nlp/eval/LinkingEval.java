package org.rassegna.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rassegna.nlp.EntityMention;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.LinkedEntity;
import org.rassegna.nlp.NerMention;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.link.EntityLinker;
import org.rassegna.nlp.text.Tokenizer;

/**
 * Scores entity linking on a linked set: lines {@code lang TAB text TAB start:end:TYPE:ID;…}. Links
 * are scored on the gold mention spans only: a predicted link at a gold span is right when its id
 * equals the gold id; precision is over predicted links at gold spans, recall over gold spans with
 * an id other than {@code NIL}. Two runs: the knowledge-base matcher alone, and with the gold
 * mentions given as the tagger's output (the linker's ceiling with a perfect tagger).
 */
public final class LinkingEval {

  /** Counts and scores of one run. */
  public record Score(String run, int predicted, int gold, int correct) {
    public double precision() {
      return Ratios.precision(correct, predicted);
    }

    public double recall() {
      return Ratios.recall(correct, gold);
    }

    public double f1() {
      return Ratios.f1(precision(), recall());
    }
  }

  private record Gold(int start, int end, EntityType type, String id) {}

  private record Line(String language, String text, List<Gold> mentions) {}

  private final EntityLinker linker;

  public LinkingEval(KnowledgeBase kb) {
    this.linker = new EntityLinker(kb);
  }

  public List<Score> run(Path file) throws IOException {
    List<Line> lines = read(file);
    return List.of(score("kb-matcher", lines, false), score("gold-mentions", lines, true));
  }

  private Score score(String name, List<Line> lines, boolean giveMentions) {
    int predicted = 0;
    int gold = 0;
    int correct = 0;
    for (Line l : lines) {
      List<NerMention> ner = new ArrayList<>();
      Set<String> goldSpans = new HashSet<>();
      Set<String> goldLinks = new HashSet<>();
      for (Gold g : l.mentions()) {
        goldSpans.add(g.start() + ":" + g.end());
        if (!g.id().equals("NIL")) {
          goldLinks.add(g.start() + ":" + g.end() + ":" + g.id());
          gold++;
        }
        if (giveMentions) {
          ner.add(
              new NerMention(g.start(), g.end(), g.type(), l.text().substring(g.start(), g.end())));
        }
      }
      List<LinkedEntity> entities =
          linker.link(
              l.text(),
              new Tokenizer(l.language()).tokens(l.text()),
              ner,
              Optional.of(l.language()));
      for (LinkedEntity e : entities) {
        if (e.id().isEmpty()) {
          continue;
        }
        for (EntityMention m : e.mentions()) {
          if (goldSpans.contains(m.start() + ":" + m.end())) {
            predicted++;
            correct += goldLinks.contains(m.start() + ":" + m.end() + ":" + e.id().get()) ? 1 : 0;
          }
        }
      }
    }
    return new Score(name, predicted, gold, correct);
  }

  private static List<Line> read(Path file) throws IOException {
    List<Line> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3) {
        throw new IOException(file + ":" + n + ": expected 3 tab-separated fields");
      }
      List<Gold> mentions = new ArrayList<>();
      for (String m : f[2].split(";")) {
        String[] p = m.split(":", 4);
        mentions.add(new Gold(Integer.parseInt(p[0]), Integer.parseInt(p[1]), type(p[2]), p[3]));
      }
      out.add(new Line(f[0], f[1], mentions));
    }
    return out;
  }

  private static EntityType type(String conll) {
    for (EntityType t : EntityType.values()) {
      if (t.conll().equals(conll)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type " + conll);
  }
}
