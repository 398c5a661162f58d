package org.rassegna.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.rassegna.json.ArticleJson;
import org.rassegna.model.Article;
import org.rassegna.model.Block;
import org.rassegna.model.PublicationDate;

/** Writes articles one after another in one of the {@link OutputFormat}s. */
final class ArticleWriter implements Closeable {
  private final Writer out;
  private final OutputFormat format;
  private final boolean withComments;
  private int written;

  ArticleWriter(Writer out, OutputFormat format, boolean withComments) {
    this.out = out;
    this.format = format;
    this.withComments = withComments;
  }

  void write(Article a) throws IOException {
    switch (format) {
      case jsonl -> out.write(ArticleJson.toLine(a, withComments) + "\n");
      case json -> {
        out.write(written == 0 ? "[\n" : ",\n");
        out.write(ArticleJson.toPrettyString(a, withComments));
      }
      case text -> writeText(a);
      case markdown -> writeMarkdown(a);
    }
    written++;
  }

  private void writeText(Article a) throws IOException {
    if (written > 0) {
      out.write("\n" + "=".repeat(72) + "\n\n");
    }
    out.write(a.title().orElse("(no title)") + "\n");
    String meta = metaLine(a);
    if (!meta.isEmpty()) {
      out.write(meta + "\n");
    }
    out.write("\n" + a.text() + "\n");
  }

  private void writeMarkdown(Article a) throws IOException {
    if (written > 0) {
      out.write("\n---\n\n");
    }
    out.write("# " + a.title().orElse("(no title)") + "\n\n");
    String meta = metaLine(a);
    if (!meta.isEmpty()) {
      out.write("*" + meta + "*\n\n");
    }
    for (Block b : a.blocks()) {
      String t = b.text();
      out.write(
          switch (b.kind()) {
            case HEADING -> "## " + t;
            case LIST_ITEM -> "- " + t;
            case QUOTE -> "> " + t.replace("\n", "\n> ");
            case CODE -> "```\n" + t + "\n```";
            default -> t;
          });
      out.write("\n\n");
    }
  }

  private static String metaLine(Article a) {
    StringBuilder sb = new StringBuilder();
    a.siteName().ifPresent(sb::append);
    a.published()
        .map(PublicationDate::iso)
        .ifPresent(d -> sb.append(sb.length() > 0 ? " · " : "").append(d));
    if (!a.authors().isEmpty()) {
      sb.append(sb.length() > 0 ? " · " : "").append(String.join(", ", a.authors()));
    }
    a.url().ifPresent(u -> sb.append(sb.length() > 0 ? " · " : "").append(u));
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    if (format == OutputFormat.json) {
      out.write(written == 0 ? "[]\n" : "\n]\n");
    }
    out.flush();
  }
}
