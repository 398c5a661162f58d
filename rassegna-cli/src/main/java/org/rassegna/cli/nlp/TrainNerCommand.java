package org.rassegna.cli.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rassegna.nlp.EntityType;
import org.rassegna.nlp.ner.BilouTags;
import org.rassegna.nlp.ner.LabeledSentence;
import org.rassegna.nlp.ner.ModelNerTagger;
import org.rassegna.nlp.ner.NerCorpusReader;
import org.rassegna.nlp.ner.NerDatasets;
import org.rassegna.nlp.ner.PerceptronModel;
import org.rassegna.nlp.ner.PerceptronTrainer;
import org.rassegna.nlp.ner.PlaceNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rassegna train ner}: trains one NER model per language from the shared data folder, with
 * the recipe of {@link NerDatasets}, and writes {@code ner-<lang>.bin.gz} files. Pointing {@code
 * -o} at {@code rassegna-nlp/src/main/resources/org/rassegna/nlp/ner} reproduces the shipped
 * models.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Trains the named-entity models (averaged structured perceptron, BILOU tags).")
public final class TrainNerCommand implements Callable<Integer> {

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
      description = "Languages to train (default: it,en,es,fr,de,pt,ru).")
  List<String> languages = new ArrayList<>(NerDatasets.LANGUAGES);

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Folder for the model files.")
  Path output;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      description = "Train on these files instead of the recipe (one language only).")
  List<Path> trainFiles = new ArrayList<>();

  @Option(
      names = "--dev",
      paramLabel = "FILE",
      description =
          "Score the model on this file after every epoch and keep the best epoch (early"
              + " stopping; one language only).")
  Optional<Path> dev = Optional.empty();

  @Option(names = "--no-lexicon", description = "Build the gazetteer from the training files only.")
  boolean noLexicon;

  @Option(names = "--iterations", paramLabel = "N", description = "Epochs (default: 12).")
  int iterations = PerceptronTrainer.Options.defaults().iterations();

  @Option(names = "--cutoff", paramLabel = "N", description = "Minimum feature count (default: 2).")
  int cutoff = PerceptronTrainer.Options.defaults().cutoff();

  @Option(
      names = "--min-weight",
      paramLabel = "W",
      description = "Drop averaged weights smaller than this (default: 0.05).")
  float minWeight = PerceptronTrainer.Options.defaults().minWeight();

  @Option(names = "--seed", paramLabel = "N", description = "Shuffling seed (default: 42).")
  long seed = PerceptronTrainer.Options.defaults().seed();

  @Option(
      names = "--folds",
      paramLabel = "K",
      description =
          "Train a two-pass (stacked) model whose second pass learns from K-fold cross-validated"
              + " first-pass labels; 0 trains one pass (default: 4).")
  int folds = PerceptronTrainer.Options.defaults().folds();

  @Option(
      names = "--word-classes",
      description =
          "Learn word classes from the training text (predictive exchange clustering) and use"
              + " them as features.")
  boolean wordClasses = PerceptronTrainer.Options.defaults().wordClasses();

  @Option(
      names = "--places",
      paramLabel = "FILE",
      description =
          "A list of place names, one a line (e.g. rassegna-nlp/src/main/kb/places.txt.gz), kept"
              + " in the model as a feature.")
  Optional<Path> places = Optional.empty();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if ((!trainFiles.isEmpty() || dev.isPresent()) && languages.size() != 1) {
      throw new ParameterException(spec.commandLine(), "--train and --dev need exactly one --lang");
    }
    Files.createDirectories(output);
    PerceptronTrainer.Options options =
        new PerceptronTrainer.Options(iterations, cutoff, minWeight, seed, folds, wordClasses);
    for (String language : languages) {
      List<NerDatasets.TrainingFile> files =
          trainFiles.isEmpty()
              ? NerDatasets.training(data, language)
              : trainFiles.stream()
                  .map(f -> new NerDatasets.TrainingFile(NerDatasets.domain(f), f))
                  .toList();
      if (files.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(), "no training data for '" + language + "' under " + data);
      }
      train(language, files, options, out);
    }
    return 0;
  }

  private void train(
      String language,
      List<NerDatasets.TrainingFile> files,
      PerceptronTrainer.Options options,
      PrintWriter out)
      throws IOException {
    List<PerceptronTrainer.Corpus> corpora = new ArrayList<>();
    for (NerDatasets.TrainingFile f : files) {
      corpora.add(corpus(f.domain(), f.file()));
    }
    List<LabeledSentence> sentences =
        corpora.stream().flatMap(c -> c.sentences().stream()).toList();
    List<Path> paths = files.stream().map(NerDatasets.TrainingFile::file).toList();
    List<Path> lexiconFiles = noLexicon ? List.of() : NerDatasets.lexicon(data, paths);
    List<LabeledSentence> lexicon = readAll(lexiconFiles);
    long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    List<EntityType> types = types(sentences);
    out.printf(
        Locale.ROOT,
        "%s: %d sentences, %d tokens, types %s, from %s; gazetteer also from %s%n",
        language,
        sentences.size(),
        tokens,
        types,
        files,
        lexiconFiles);
    out.flush();
    Optional<PerceptronTrainer.Corpus> devCorpus = Optional.empty();
    if (dev.isPresent()) {
      devCorpus = Optional.of(corpus(NerDatasets.domain(dev.get()), dev.get()));
    }
    long t0 = System.nanoTime();
    PerceptronTrainer trainer =
        new PerceptronTrainer(
            new BilouTags(types),
            options,
            line -> {
              out.println("  " + line);
              out.flush();
            });
    PlaceNames placeNames =
        places.isPresent() ? PlaceNames.read(places.get(), language) : PlaceNames.NONE;
    PerceptronModel model = trainer.train(language, corpora, lexicon, devCorpus, placeNames);
    Path file = write(model);
    out.printf(
        Locale.ROOT,
        "%s: %d features kept, %d gazetteer names, %d words with a class, %.1f s, wrote %s"
            + " (%.2f MB)%n",
        language,
        model.features(),
        model.names(),
        model.classifiedWords(),
        (System.nanoTime() - t0) / 1e9,
        file,
        Files.size(file) / 1e6);
    out.flush();
  }

  private static PerceptronTrainer.Corpus corpus(String domain, Path file) throws IOException {
    return new PerceptronTrainer.Corpus(domain, NerCorpusReader.read(file));
  }

  private Path write(PerceptronModel model) throws IOException {
    Path file = output.resolve(ModelNerTagger.fileName(model.language()));
    try (OutputStream os = Files.newOutputStream(file)) {
      model.write(os);
    }
    return file;
  }

  private static List<LabeledSentence> readAll(List<Path> files) throws IOException {
    List<LabeledSentence> sentences = new ArrayList<>();
    for (Path f : files) {
      sentences.addAll(NerCorpusReader.read(f));
    }
    return sentences;
  }

  /** The entity types the training data has, in declaration order. */
  private static List<EntityType> types(List<LabeledSentence> sentences) {
    return List.of(EntityType.values()).stream()
        .filter(t -> sentences.stream().anyMatch(s -> hasType(s, t)))
        .toList();
  }

  private static boolean hasType(LabeledSentence s, EntityType t) {
    return s.entities().stream().anyMatch(e -> e.type() == t);
  }
}
