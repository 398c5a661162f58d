package org.rassegna.nlp.kb;

import java.util.Objects;
import java.util.Optional;

/**
 * One canonical actor of the knowledge base.
 *
 * @param key the project id, stable across builds ({@code iso:RUS}, {@code gov:RUS}, {@code
 *     phx:VLADIMIR_PUTIN}, or the QID itself)
 * @param qid the Wikidata id where known reliably
 * @param country ISO 3166-1 alpha-3
 * @param office {@code HOS}, {@code HOG}, {@code FM}, {@code SPOKES}, {@code MIN}, {@code HEAD} for
 *     curated officials; lets "il presidente russo" find the person
 * @param from first day in office, ISO date
 * @param to last day in office, ISO date; empty while in office
 */
public record KbEntity(
    String key,
    Optional<String> qid,
    EntityKind kind,
    String name,
    Optional<String> country,
    Optional<String> role,
    Optional<String> office,
    Optional<String> from,
    Optional<String> to) {

  public KbEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(qid, "qid");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** The id shown to users: the QID when known, else the project key. */
  public String id() {
    return qid.orElse(key);
  }
}
