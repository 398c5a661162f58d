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
import org.rassegna.nlp.text.SentenceSplitter;
import org.rassegna.nlp.text.Tokenizer;

/**
 * The enrichment stage: article in, {@link AnnotatedArticle} out. Language on the body (the page's
 * own language when the body is too short), sentences, tokens, the tagger's mentions, then linking
 * to the knowledge base with coreference, then PLOVER event coding over the linked entities.
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
  private final EventCoder coder;
  private final boolean withEvents;

  public Annotator(LanguageIdentifier languages, KnowledgeBase kb, NerTagger tagger) {
    this(
        Objects.requireNonNull(languages, "languages"),
        new EntityLinker(Objects.requireNonNull(kb, "kb")),
        Objects.requireNonNull(tagger, "tagger"),
        new EventCoder(kb),
        true);
  }

  private Annotator(
      LanguageIdentifier languages,
      EntityLinker linker,
      NerTagger tagger,
      EventCoder coder,
      boolean withEvents) {
    this.languages = languages;
    this.tagger = tagger;
    this.linker = linker;
    this.coder = coder;
    this.withEvents = withEvents;
  }

  /** The same annotator with event coding switched on or off (off: {@code events} is empty). */
  public Annotator withEvents(boolean on) {
    return new Annotator(languages, linker, tagger, coder, on);
  }

  /**
   * The default set-up: the default languages, the shipped knowledge base and the shipped NER
   * models (languages without a model rely on knowledge-base matching alone).
   */
  public static Annotator defaults() {
    return new Annotator(
        LanguageIdentifier.defaults(), KnowledgeBase.shipped(), ModelNerTagger.fromClasspath());
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
    List<PoliticalEvent> events =
        events(text, lang, sentences, tokens, entities, article.published());
    return new AnnotatedArticle(
        article, guess.language(), guess.confidence(), sentences, entities, events);
  }

  private List<PoliticalEvent> events(
      String text,
      String lang,
      List<Span> sentences,
      List<Span> tokens,
      List<LinkedEntity> entities,
      Optional<PublicationDate> published) {
    if (!withEvents) {
      return List.of();
    }
    return coder.code(
        text, lang, sentences, tokens, entities, published.map(PublicationDate::date));
  }
}
