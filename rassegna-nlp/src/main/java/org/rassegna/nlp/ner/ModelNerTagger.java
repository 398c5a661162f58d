package org.rassegna.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rassegna.nlp.NerMention;
import org.rassegna.nlp.NerTagger;
import org.rassegna.nlp.Span;

/**
 * The project's statistical {@link NerTagger}: tokenises each sentence the way the training data is
 * tokenised, tags it with that language's {@link PerceptronModel} and maps the entities back to
 * character offsets. Models load lazily, once per language, on first use; a language without a
 * model gives no mentions.
 *
 * <p>Articles are news: a model trained on several domains tags them with its news weights (see
 * {@link PerceptronModel}).
 *
 * <p>Thread-safe: models are immutable and all per-call state is local. Long sentences are tagged
 * in windows of {@value #WINDOW} tokens so a 1 MB run-on text costs linear time and bounded memory
 * per step. An empty sentence list means "no splitter ran": the whole text is one sentence.
 */
public final class ModelNerTagger implements NerTagger {
  static final int WINDOW = 200;
  private static final String RESOURCES = "/org/rassegna/nlp/ner/";

  private final ModelSource source;
  private final Map<String, Optional<PerceptronModel>> models = new ConcurrentHashMap<>();

  /** Where models come from: a language code gives the model's bytes, or none. */
  @FunctionalInterface
  public interface ModelSource {
    Optional<InputStream> open(String language) throws IOException;
  }

  private ModelNerTagger(ModelSource source) {
    this.source = source;
  }

  /** The tagger over the models shipped in this jar. */
  public static ModelNerTagger fromClasspath() {
    return new ModelNerTagger(
        language ->
            Optional.ofNullable(
                ModelNerTagger.class.getResourceAsStream(RESOURCES + fileName(language))));
  }

  /** The tagger over models in {@code dir}, named as {@link #fileName} says. */
  public static ModelNerTagger fromDirectory(Path dir) {
    return new ModelNerTagger(
        language -> {
          Path file = dir.resolve(fileName(language));
          return Files.isRegularFile(file)
              ? Optional.of(Files.newInputStream(file))
              : Optional.empty();
        });
  }

  /** The file name of a language's model: {@code ner-it.bin.gz}. */
  public static String fileName(String language) {
    return "ner-" + language + ".bin.gz";
  }

  /** The model of {@code language}, loading it on first use. */
  public Optional<PerceptronModel> model(String language) {
    String key = normalise(language);
    return models.computeIfAbsent(key, this::load);
  }

  private Optional<PerceptronModel> load(String language) {
    if (!language.matches("[a-z]{2,3}")) {
      return Optional.empty();
    }
    try {
      Optional<InputStream> in = source.open(language);
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream stream = in.get()) {
        return Optional.of(PerceptronModel.read(stream));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the NER model for " + language, e);
    }
  }

  @Override
  public List<NerMention> tag(String text, List<Span> sentences, String language) {
    Optional<PerceptronModel> model = model(language);
    if (model.isEmpty() || text.isEmpty()) {
      return List.of();
    }
    NerTokenizer tokenizer = NerTokenizer.forLanguage(normalise(language));
    List<Span> spans = sentences.isEmpty() ? List.of(new Span(0, text.length())) : sentences;
    List<List<NerTokenizer.Token>> windows = new ArrayList<>();
    for (Span s : spans) {
      int end = Math.min(s.end(), text.length());
      if (s.start() < end) {
        windows.addAll(windows(tokenizer.tokenize(text, s.start(), end)));
      }
    }
    List<List<String>> words =
        windows.stream().map(w -> w.stream().map(NerTokenizer.Token::text).toList()).toList();
    List<List<TokenSpan>> found = model.get().tagDocument(words, NerDatasets.NEWS);
    List<NerMention> out = new ArrayList<>();
    for (int w = 0; w < windows.size(); w++) {
      List<NerTokenizer.Token> tokens = windows.get(w);
      for (TokenSpan e : found.get(w)) {
        int first = e.start();
        int last = e.end() - 1;
        while (first <= last && !hasLetterOrDigit(tokens.get(first).text())) {
          first++;
        }
        while (last >= first && !hasLetterOrDigit(tokens.get(last).text())) {
          last--;
        }
        if (first <= last) {
          int start = tokens.get(first).start();
          int stop = tokens.get(last).end();
          out.add(new NerMention(start, stop, e.type(), text.substring(start, stop)));
        }
      }
    }
    return out;
  }

  /** A dash or a quote mark the model put at the edge of a name is not part of it. */
  private static boolean hasLetterOrDigit(String token) {
    return token.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * Entities of each already tokenised sentence of a document of {@code domain} (see {@link
   * NerDatasets#domain}), sentences in text order, as token spans; none without a model.
   */
  public List<List<TokenSpan>> tagSentences(
      List<List<String>> sentences, String language, String domain) {
    Optional<PerceptronModel> model = model(language);
    if (model.isEmpty()) {
      return sentences.stream().map(s -> List.<TokenSpan>of()).toList();
    }
    List<List<String>> windows = new ArrayList<>();
    for (List<String> s : sentences) {
      windows.addAll(windows(s));
    }
    List<List<TokenSpan>> found = model.get().tagDocument(windows, domain);
    List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
    int w = 0;
    for (List<String> s : sentences) {
      List<TokenSpan> spans = new ArrayList<>();
      for (int from = 0; from < s.size(); from += WINDOW) {
        for (TokenSpan e : found.get(w++)) {
          spans.add(new TokenSpan(from + e.start(), from + e.end(), e.type()));
        }
      }
      out.add(spans);
    }
    return out;
  }

  /** A sentence cut into pieces of at most {@value #WINDOW} tokens; none for an empty one. */
  private static <T> List<List<T>> windows(List<T> tokens) {
    List<List<T>> out = new ArrayList<>();
    for (int from = 0; from < tokens.size(); from += WINDOW) {
      out.add(tokens.subList(from, Math.min(tokens.size(), from + WINDOW)));
    }
    return out;
  }

  private static String normalise(String language) {
    String l = language.toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    return dash > 0 ? l.substring(0, dash) : l;
  }
}
