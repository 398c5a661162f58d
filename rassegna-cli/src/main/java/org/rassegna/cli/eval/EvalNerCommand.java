package org.rassegna.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.ner.LabeledSentence;
import org.rassegna.nlp.ner.ModelNerTagger;
import org.rassegna.nlp.ner.NerCorpusReader;
import org.rassegna.nlp.ner.NerDatasets;
import org.rassegna.nlp.ner.NerScores;
import org.rassegna.nlp.ner.TokenSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rassegna eval ner}: exact-span precision, recall and F1 per type, test set and language,
 * CoNLL style, on the held-out files of {@link NerDatasets}. The headline is the micro average over
 * PER, ORG and LOC; MISC, where a set has it, is reported on its own line.
 *
 * <p>Each set is tagged as its own domain ({@link NerDatasets#domain}: KIND as news, WikiNEuRal as
 * encyclopedia text), as a model trained on several domains is meant to be used; articles are
 * always tagged as news. A file is tagged as one document in sentence order, so a word sees its
 * other occurrences nearby as it does in an article.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the NER models on held-out data: exact span and type match, CoNLL style.",
      "'all' is the micro average over PER/ORG/LOC; MISC is reported separately."
    })
public final class EvalNerCommand implements Callable<Integer> {
  private static final EnumSet<EntityType> CORE =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      required = true,
      description = "The NER data folder holding kind/, wikineural/ and uner/.")
  Path data;

  @Option(
      names = "--lang",
      paramLabel = "L",
      split = ",",
      description = "Languages to score (default: it,en,es,fr,de,pt,ru).")
  List<String> languages = new ArrayList<>(NerDatasets.LANGUAGES);

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Score the models in this folder instead of the shipped ones.")
  Optional<Path> models = Optional.empty();

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Score this file instead of the held-out sets (one --lang only).")
  Optional<Path> file = Optional.empty();

  @Option(
      names = "--errors",
      description =
          "Also list every wrong, missed and spurious entity with its sentence, and count them by"
              + " kind (for development sets: reading a test set's errors spoils it).")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (file.isPresent() && languages.size() != 1) {
      throw new ParameterException(spec.commandLine(), "--file needs exactly one --lang");
    }
    ModelNerTagger tagger =
        models.map(ModelNerTagger::fromDirectory).orElseGet(ModelNerTagger::fromClasspath);
    out.printf(
        "%-10s %-4s %-5s %7s %7s %7s %7s %7s %7s%n",
        "set", "lang", "type", "P", "R", "F1", "TP", "FP", "FN");
    List<Double> wikineural = new ArrayList<>();
    for (String language : languages) {
      if (tagger.model(language).isEmpty()) {
        out.println(language + ": no model");
        continue;
      }
      List<NerDatasets.TestSet> sets =
          file.map(f -> List.of(NerDatasets.testSet(f.getFileName().toString(), language, f)))
              .orElseGet(() -> NerDatasets.tests(data, language));
      for (NerDatasets.TestSet set : sets) {
        double f1 = score(tagger, set, out);
        if (set.name().equals("wikineural")) {
          wikineural.add(f1);
        }
      }
    }
    if (!wikineural.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "wikineural PER/ORG/LOC F1 averaged over %d languages: %.4f%n",
          wikineural.size(),
          wikineural.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
    out.flush();
    return 0;
  }

  private double score(ModelNerTagger tagger, NerDatasets.TestSet set, PrintWriter out)
      throws IOException {
    List<LabeledSentence> sentences = NerCorpusReader.read(set.file());
    NerScores scores = new NerScores();
    long tokens = 0;
    long t0 = System.nanoTime();
    List<List<TokenSpan>> predicted =
        tagger.tagSentences(
            sentences.stream().map(LabeledSentence::tokens).toList(), set.language(), set.domain());
    double seconds = (System.nanoTime() - t0) / 1e9;
    NerErrors mistakes = new NerErrors(CORE);
    for (int i = 0; i < sentences.size(); i++) {
      LabeledSentence gold = sentences.get(i);
      scores.add(gold.entities(), predicted.get(i));
      tokens += gold.tokens().size();
      if (errors) {
        mistakes.add(gold.tokens(), gold.entities(), predicted.get(i), out);
      }
    }
    if (errors) {
      mistakes.summary(out);
    }
    for (EntityType t : CORE) {
      row(out, set, t.conll(), scores.of(t));
    }
    NerScores.Counts all = scores.micro(CORE);
    row(out, set, "all", all);
    if (scores.seen(EntityType.MISC)) {
      row(out, set, "MISC", scores.of(EntityType.MISC));
    }
    out.printf(
        Locale.ROOT,
        "%-10s %-4s %d sentences, %d tokens, %.0f tokens/s%n",
        set.name(),
        set.language(),
        sentences.size(),
        tokens,
        tokens / Math.max(seconds, 1e-9));
    out.flush();
    return all.f1();
  }

  private static void row(
      PrintWriter out, NerDatasets.TestSet set, String type, NerScores.Counts c) {
    out.printf(
        Locale.ROOT,
        "%-10s %-4s %-5s %7.4f %7.4f %7.4f %7d %7d %7d%n",
        set.name(),
        set.language(),
        type,
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp(),
        c.fp(),
        c.fn());
  }
}
