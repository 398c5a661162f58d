/** Turns a page's bytes into text: BOM, declared charset, {@code <meta charset>}, detection. */
package org.rassegna.extract.charset;
