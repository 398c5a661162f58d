package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rassegna.json.ArticleJson;
import org.rassegna.store.CorpusSearch;
import org.rassegna.store.QuerySyntaxException;
import org.rassegna.store.SearchHit;
import org.rassegna.store.SearchRequest;
import org.rassegna.store.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna search}: ranked articles with snippets and facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the corpus. Words are all required; \"a phrase\"; -word excludes; a OR b;"
          + " prefix*; field:value with title, text, site, lang, author, section, entity"
          + " (entity:Q7747, entity:\"Vladimir Putin\").",
      "Works while an ingest runs (it sees the last committed batch).",
      "Exit code: 0 ok, 1 on errors, 2 on usage errors and malformed queries."
    })
final class SearchCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query.")
  List<String> query;

  @Mixin DataOption data;

  @Option(names = "--lang", paramLabel = "L", description = "Only articles in this language.")
  String lang;

  @Option(names = "--site", paramLabel = "S", description = "Only articles from this site.")
  String site;

  @Option(names = "--author", paramLabel = "A", description = "Only articles by this author.")
  String author;

  @Option(
      names = "--entity",
      paramLabel = "E",
      description =
          "Only articles mentioning this entity: a knowledge-base id (Q7747) or a name"
              + " (\"Vladimir Putin\").")
  String entity;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  LocalDate to;

  @Option(
      names = "--facets",
      description =
          "Show counts by site, language, author, section, month, day and the top persons,"
              + " organizations, locations and other entities.")
  boolean facets;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Results to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request = request();
    SearchResults results;
    try (CorpusSearch search = CorpusSearch.open(data.dir)) {
      results = search.search(request);
    } catch (QuerySyntaxException e) {
      spec.commandLine().getErr().println("rassegna: " + e.getMessage());
      return 2;
    }
    if (format == Format.jsonl) {
      printJsonl(out, results, facets);
    } else {
      printTable(out, results);
    }
    return 0;
  }

  private SearchRequest request() {
    SearchRequest r =
        SearchRequest.of(String.join(" ", query))
            .withLimit(Math.max(0, limit))
            .withFacets(facets)
            .withDates(Optional.ofNullable(from), Optional.ofNullable(to));
    if (lang != null) {
      r = r.withLanguage(lang);
    }
    if (site != null) {
      r = r.withSite(site);
    }
    if (author != null) {
      r = r.withAuthor(author);
    }
    if (entity != null) {
      r = r.withEntity(entity);
    }
    return r;
  }

  private static void printTable(PrintWriter out, SearchResults results) {
    out.println(results.total() + (results.total() == 1 ? " article" : " articles"));
    int n = 0;
    for (SearchHit h : results.hits()) {
      out.println();
      out.println(++n + ". " + h.title().orElse("(no title)"));
      out.println(
          "   "
              + String.join(
                  " · ",
                  List.of(
                      h.site().orElse("(unknown site)"),
                      h.published().orElse("(no date)"),
                      h.language().orElse("?"))));
      if (!h.snippet().isEmpty()) {
        out.println("   " + h.snippet());
      }
      h.url().ifPresent(u -> out.println("   " + u));
    }
    if (!results.facets().isEmpty()) {
      out.println();
      results
          .facets()
          .forEach(
              (dim, values) -> {
                if (!values.isEmpty()) {
                  out.println(
                      dim
                          + ": "
                          + values.stream()
                              .map(v -> v.value() + " (" + v.count() + ")")
                              .collect(Collectors.joining(", ")));
                }
              });
    }
  }

  private static void printJsonl(PrintWriter out, SearchResults results, boolean withFacets)
      throws Exception {
    ObjectMapper m = ArticleJson.mapper();
    for (SearchHit h : results.hits()) {
      ObjectNode o = m.createObjectNode();
      o.put("id", h.id());
      o.put("score", h.score());
      h.title().ifPresent(v -> o.put("title", v));
      h.site().ifPresent(v -> o.put("site", v));
      h.published().ifPresent(v -> o.put("published", v));
      h.language().ifPresent(v -> o.put("language", v));
      o.set("authors", m.valueToTree(h.authors()));
      h.url().ifPresent(v -> o.put("url", v));
      o.put("snippet", h.snippet());
      out.println(m.writeValueAsString(o));
    }
    if (withFacets) {
      ObjectNode o = m.createObjectNode();
      o.put("total", results.total());
      ObjectNode f = o.putObject("facets");
      for (Map.Entry<String, List<SearchResults.FacetCount>> e : results.facets().entrySet()) {
        ObjectNode dim = f.putObject(e.getKey());
        e.getValue().forEach(v -> dim.put(v.value(), v.count()));
      }
      out.println(m.writeValueAsString(o));
    }
  }
}
