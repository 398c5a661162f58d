/** Timed harnesses that print figures; not tests. */
package org.rassegna.bench;
