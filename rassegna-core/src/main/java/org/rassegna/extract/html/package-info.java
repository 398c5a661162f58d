/** HTML pages to articles: metadata from structured data and markup, body from DOM evidence. */
package org.rassegna.extract.html;
