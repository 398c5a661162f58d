package org.rassegna.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rassegna.model.Article;
import org.rassegna.model.PublicationDate;
import org.rassegna.nlp.event.EventCoder;
import org.rassegna.nlp.event.PoliticalEvent;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.lang.LanguageGuess;
import org.rassegna.nlp.lang.LanguageIdentifier;
import org.rassegna.nlp.link.EntityLinker;
import org.rassegna.nlp.ner.ModelNerTagger;
import org.rassegna.nlp.quote.Quote;
import org.rassegna.nlp.quote.QuoteExtractor;
import org.rassegna.nlp.quote.QuoteInput;
import org.rassegna.nlp.text.SentenceSplitter;
import org.rassegna.nlp.text.Tokenizer;

/**
 * The enrichment stage: article in, {@link AnnotatedArticle} out. Language on the body (the page's
 * own language when the body is too short), sentences, tokens, the tagger's mentions, then linking
 * to the knowledge base with coreference, then quotes with their speakers and PLOVER event coding
 * over the linked entities.
 *
 * <p>Never throws on odd bodies (empty, digits only, one megabyte without a full stop, a language
 * outside the set): they give fewer annotations, not failures. Thread-safe when the tagger is.
 */
public final class Annotator {
  /** Language used for sentence and word rules when none is known. */
  private static final String FALLBACK_LANGUAGE = "en";

  private final LanguageIdentifier languages;
  private final NerTagger tagger;
  private final EntityLinker linker;
  private final Optional<QuoteExtractor> quotes;
  private final Optional<EventCoder> coder;

  public Annotator(LanguageIdentifier languages, KnowledgeBase kb, NerTagger tagger) {
    this(
        Objects.requireNonNull(languages, "languages"),
        Objects.requireNonNull(tagger, "tagger"),
        new EntityLinker(Objects.requireNonNull(kb, "kb")),
        Optional.of(QuoteExtractor.defaults()),
        Optional.of(new EventCoder(kb)));
  }

  private Annotator(
      LanguageIdentifier languages,
      NerTagger tagger,
      EntityLinker linker,
      Optional<QuoteExtractor> quotes,
      Optional<EventCoder> coder) {
    this.languages = languages;
    this.tagger = tagger;
    this.linker = linker;
    this.quotes = quotes;
    this.coder = coder;
  }

  /**
   * The default set-up: the default languages, the shipped knowledge base and the shipped NER
   * models (languages without a model rely on knowledge-base matching alone).
   */
  public static Annotator defaults() {
    return new Annotator(
        LanguageIdentifier.defaults(), KnowledgeBase.shipped(), ModelNerTagger.fromClasspath());
  }

  /** The same annotator without the quote stage ({@code quotes} stays empty). */
  public Annotator withoutQuotes() {
    return new Annotator(languages, tagger, linker, Optional.empty(), coder);
  }

  /** The same annotator without event coding ({@code events} stays empty). */
  public Annotator withoutEvents() {
    return new Annotator(languages, tagger, linker, quotes, Optional.empty());
  }

  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    LanguageGuess guess = languages.identify(text, article.language());
    String lang = guess.language().orElse(FALLBACK_LANGUAGE);
    List<Span> sentences = new SentenceSplitter(lang).split(text);
    List<Span> tokens = new Tokenizer(lang).tokens(text);
    List<NerMention> mentions = text.isEmpty() ? List.of() : tagger.tag(text, sentences, lang);
    Optional<String> linkLanguage = guess.language();
    List<LinkedEntity> entities = linker.link(text, tokens, mentions, linkLanguage);
    List<Quote> found =
        quotes.isEmpty()
            ? List.of()
            : quotes.get().extract(new QuoteInput(text, lang, sentences, tokens, entities));
    List<PoliticalEvent> events =
        coder.isEmpty()
            ? List.<PoliticalEvent>of()
            : coder
                .get()
                .code(
                    text,
                    lang,
                    sentences,
                    tokens,
                    entities,
                    found,
                    article.published().map(PublicationDate::date));
    return new AnnotatedArticle(
        article, guess.language(), guess.confidence(), sentences, entities, found, events);
  }
}
