package org.rassegna.bench;

import java.util.Optional;
import org.rassegna.model.RawPage;

/** One benchmark page: raw for rassegna, decoded for the other extractors, and the truth body. */
record BenchPage(String id, RawPage raw, String html, Optional<String> url, String truth) {}
