/**
 * Writes the container files of the repository's {@code samples/} folder (a WARC and a JSON Lines
 * file) from the sample pages already there, reproducibly.
 */
package org.rassegna.samples;
