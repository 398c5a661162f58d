package org.rassegna.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Trains a two-pass (stacked) model: a first-pass {@link PerceptronModel}, then a second one that
 * also sees the first pass's labels over the document ({@link StackedFeatures}).
 *
 * <p>The second pass learns from first-pass labels of sentences the first pass did not train on:
 * each corpus is cut into {@code folds} consecutive blocks and each block is tagged by a model
 * trained on the other blocks (Wolpert 1992, stacked generalisation). Labels of a model tagging its
 * own training data would be nearly perfect, and the second pass would learn to copy them; at run
 * time the first pass is wrong far more often. The first pass stored with the model is trained on
 * all the data.
 */
final class StackedTrainer {
  private final BilouTags tags;
  private final PerceptronTrainer.Options options;
  private final Consumer<String> log;

  StackedTrainer(BilouTags tags, PerceptronTrainer.Options options, Consumer<String> log) {
    this.tags = tags;
    this.options = options;
    this.log = log;
  }

  /**
   * The stacked model; {@code dev}, when given, picks the second pass's best epoch. Every pass uses
   * the same {@code words} (word classes, place names).
   */
  PerceptronModel train(
      String language,
      List<PerceptronTrainer.Corpus> corpora,
      List<LabeledSentence> lexicon,
      Optional<PerceptronTrainer.Corpus> dev,
      LexicalResources words) {
    int k = options.folds();
    List<List<List<TokenSpan>>> labels = new ArrayList<>();
    for (PerceptronTrainer.Corpus c : corpora) {
      labels.add(new ArrayList<>(c.sentences().size()));
    }
    for (int fold = 0; fold < k; fold++) {
      log.accept("first pass, fold " + (fold + 1) + " of " + k);
      List<PerceptronTrainer.Corpus> rest = new ArrayList<>();
      for (PerceptronTrainer.Corpus c : corpora) {
        List<LabeledSentence> s = c.sentences();
        List<LabeledSentence> outside = new ArrayList<>(s.subList(0, from(s, fold, k)));
        outside.addAll(s.subList(from(s, fold + 1, k), s.size()));
        rest.add(new PerceptronTrainer.Corpus(c.domain(), outside));
      }
      PerceptronModel model =
          onePass().train(language, rest, lexicon, Optional.empty(), Optional.empty(), words);
      for (int c = 0; c < corpora.size(); c++) {
        PerceptronTrainer.Corpus corpus = corpora.get(c);
        List<LabeledSentence> s = corpus.sentences();
        PerceptronTrainer.Corpus block =
            new PerceptronTrainer.Corpus(
                corpus.domain(), s.subList(from(s, fold, k), from(s, fold + 1, k)));
        labels.get(c).addAll(model.tagDocument(PerceptronTrainer.tokens(block), corpus.domain()));
      }
    }
    log.accept("first pass, all data");
    PerceptronModel first =
        onePass().train(language, corpora, lexicon, Optional.empty(), Optional.empty(), words);
    log.accept("second pass");
    return new PerceptronTrainer(tags, options, log)
        .train(
            language,
            corpora,
            lexicon,
            dev,
            Optional.of(new PerceptronTrainer.FirstPass(first, labels)),
            words);
  }

  private PerceptronTrainer onePass() {
    return new PerceptronTrainer(tags, options.onePass(), log);
  }

  /** Where block {@code fold} of {@code k} starts in {@code sentences}. */
  private static int from(List<LabeledSentence> sentences, int fold, int k) {
    return (int) ((long) sentences.size() * fold / k);
  }
}
