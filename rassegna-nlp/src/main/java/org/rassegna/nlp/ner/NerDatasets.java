package org.rassegna.nlp.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the shared NER data sets live under one root folder ({@code kind/}, {@code wikineural/},
 * {@code uner/}), which files train each language's model and which test it. Keeping the recipe in
 * one place makes {@code rassegna train ner} reproduce the shipped models and {@code rassegna eval
 * ner} score exactly the held-out files.
 *
 * <p>Training: Italian on the train and dev splits of all three KIND parts (gold; Wikinews, De
 * Gasperi's political writings, fiction, each its own domain) plus WikiNEuRal Italian {@code val};
 * English on WikiNEuRal {@code val} plus Universal NER English-EWT dev (the EWT train split is not
 * in the snapshot); the other languages on WikiNEuRal {@code val}. Testing: KIND Wikinews test,
 * every WikiNEuRal {@code test}, UNER EWT test and the UNER PUD tests. Gazetteer names come from
 * {@link #lexicon}. Each file's domain ({@link #domain}) decides which domain-specific weights it
 * trains and which a held-out file is tagged with (see {@link PerceptronTrainer}).
 */
public final class NerDatasets {
  /** The languages a model is trained for. */
  public static final List<String> LANGUAGES = List.of("it", "en", "es", "fr", "de", "pt", "ru");

  /** The domain of news text, which articles are tagged as. */
  public static final String NEWS = "news";

  /** A held-out file, the language and the domain of its text. */
  public record TestSet(String name, String language, String domain, Path file) {}

  /** A training file and the domain of its text. */
  public record TrainingFile(String domain, Path file) {}

  private NerDatasets() {}

  /** The training files of {@code language} that exist under {@code root}, with their domains. */
  public static List<TrainingFile> training(Path root, String language) {
    return trainingFiles(root, language).stream().map(f -> new TrainingFile(domain(f), f)).toList();
  }

  /**
   * The domain of a data file, from the folder it sits in: KIND is gold news-style text with the
   * KIND conventions, WikiNEuRal silver encyclopedia text, Universal NER's English Web Treebank
   * gold web text; any other file counts as news, Universal NER's parallel PUD sets too (their
   * sentences come from news and Wikipedia, and they are scored the way articles are tagged).
   */
  public static String domain(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    String folder = parent == null ? "" : String.valueOf(parent.getFileName());
    String name = String.valueOf(file.getFileName());
    if (folder.equals("uner") && !name.contains("_pud-")) {
      return "web";
    }
    if (name.startsWith("ADG_")) {
      return "politics";
    }
    if (name.startsWith("FIC_")) {
      return "fiction";
    }
    if (parent != null
        && parent.getParent() != null
        && String.valueOf(parent.getParent().getFileName()).equals("wikineural")) {
      return "wiki";
    }
    return NEWS;
  }

  private static List<Path> trainingFiles(Path root, String language) {
    List<Path> files = new ArrayList<>();
    if (language.equals("it")) {
      for (String part : List.of("WN", "ADG", "FIC")) {
        files.add(root.resolve("kind/" + part + "_train.tsv.gz"));
        files.add(root.resolve("kind/" + part + "_dev.tsv.gz"));
      }
    }
    if (language.equals("en")) {
      files.add(root.resolve("uner/en_ewt-ud-dev.iob2.gz"));
    }
    files.add(root.resolve("wikineural/" + language + "/val.conllu.gz"));
    return files.stream().filter(Files::isRegularFile).toList();
  }

  /**
   * Files whose entities only feed the gazetteer: the WikiNEuRal {@code val} files of every
   * language, less those in {@code training}. Names of people, organisations and many places are
   * written alike across these languages, so each language's model learns from the others' lists.
   */
  public static List<Path> lexicon(Path root, List<Path> training) {
    List<Path> absolute = training.stream().map(Path::toAbsolutePath).toList();
    return LANGUAGES.stream()
        .map(l -> root.resolve("wikineural/" + l + "/val.conllu.gz"))
        .filter(Files::isRegularFile)
        .filter(p -> !absolute.contains(p.toAbsolutePath()))
        .toList();
  }

  /** The test files of {@code language} that exist under {@code root}. */
  public static List<TestSet> tests(Path root, String language) {
    List<TestSet> sets = new ArrayList<>();
    if (language.equals("it")) {
      sets.add(testSet("kind-wn", "it", root.resolve("kind/WN_test.tsv.gz")));
    }
    sets.add(
        testSet(
            "wikineural", language, root.resolve("wikineural/" + language + "/test.conllu.gz")));
    if (language.equals("en")) {
      sets.add(testSet("uner-ewt", "en", root.resolve("uner/en_ewt-ud-test.iob2.gz")));
    }
    sets.add(
        testSet("uner-pud", language, root.resolve("uner/" + language + "_pud-ud-test.iob2.gz")));
    return sets.stream().filter(s -> Files.isRegularFile(s.file())).toList();
  }

  /** A held-out file whose domain is read from its folder, as {@link #domain} says. */
  public static TestSet testSet(String name, String language, Path file) {
    return new TestSet(name, language, domain(file), file);
  }
}
