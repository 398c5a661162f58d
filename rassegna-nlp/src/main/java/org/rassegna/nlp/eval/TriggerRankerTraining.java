package org.rassegna.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import org.rassegna.nlp.event.EventCoder;
import org.rassegna.nlp.event.TriggerCandidate;
import org.rassegna.nlp.event.TriggerRanker;
import org.rassegna.nlp.event.TriggerRankerTrainer;
import org.rassegna.nlp.text.Tokenizer;

/**
 * The recipe of the shipped trigger ranker: one example per gold sentence of the training part of
 * {@link EventGold} that has a trigger, with the sentence's gold types; {@value #EPOCHS} epochs,
 * seed {@value #SEED}.
 */
public final class TriggerRankerTraining {
  static final int EPOCHS = 10;
  static final long SEED = 20261129L;

  private TriggerRankerTraining() {}

  /** Trains on {@code sentences} (give it {@link EventGold#training}). */
  public static TriggerRanker train(List<GoldSentence> sentences) {
    List<TriggerRankerTrainer.Example> examples = new ArrayList<>();
    for (GoldSentence g : sentences) {
      List<TriggerCandidate> c = candidates(g.text(), g.language());
      if (!c.isEmpty()) {
        examples.add(new TriggerRankerTrainer.Example(c, g.types()));
      }
    }
    return new TriggerRankerTrainer(EPOCHS, SEED).train(examples);
  }

  /**
   * Top-type accuracy of the default main trigger and of the ranker's choice, the ranker trained on
   * the other folds, pooled over {@code folds} folds of {@code sentences} (cut by position): how
   * the recipe is tuned without touching the held-out fifth.
   *
   * @return {default accuracy, ranker accuracy}
   */
  public static double[] crossValidate(List<GoldSentence> sentences, int folds) {
    int plain = 0;
    int ranked = 0;
    for (int k = 0; k < folds; k++) {
      List<GoldSentence> train = new ArrayList<>();
      List<GoldSentence> test = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        (i % folds == k ? test : train).add(sentences.get(i));
      }
      TriggerRanker r = train(train);
      for (GoldSentence g : test) {
        List<TriggerCandidate> c = candidates(g.text(), g.language());
        if (!c.isEmpty()) {
          plain += g.types().contains(c.get(TriggerRanker.defaultMain(c)).lexiconType()) ? 1 : 0;
          ranked += g.types().contains(c.get(r.best(c)).lexiconType()) ? 1 : 0;
        }
      }
    }
    double n = sentences.size();
    return new double[] {plain / n, ranked / n};
  }

  static List<TriggerCandidate> candidates(String text, String language) {
    return EventCoder.candidates(text, new Tokenizer(language).tokens(text), language);
  }
}
