/** The JSON form of articles and outcomes (schema in {@code docs/schema.md}). */
package org.rassegna.json;
