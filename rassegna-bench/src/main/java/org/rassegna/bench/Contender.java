package org.rassegna.bench;

/** An extractor under test: page in, body text out. */
interface Contender {
  String name();

  String extract(BenchPage page) throws Exception;
}
