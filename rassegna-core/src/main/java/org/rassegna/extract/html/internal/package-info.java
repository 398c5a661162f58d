/**
 * Implementation details of HTML extraction, not API: DOM statistics gathered in one pass, the
 * choice of the content container, block writing, and the readers of metadata.
 */
package org.rassegna.extract.html.internal;
