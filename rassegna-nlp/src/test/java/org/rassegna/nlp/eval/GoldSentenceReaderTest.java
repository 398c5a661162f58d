package org.rassegna.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.nlp.event.PloverType;

class GoldSentenceReaderTest {
  @TempDir static Path tmp;
  private static CameoToPlover cameo;

  @BeforeAll
  static void table() throws IOException {
    Path t = tmp.resolve("CAMEO2PLOVER.txt");
    Files.writeString(
        t,
        "# comment\n04: CONSULT\n041: CONSULT, phone,   # Discuss by telephone\n"
            + "14: PROTEST\n08: CONCEDE\n08: RETREAT\n190: ASSAULT, , military # Use force\n",
        StandardCharsets.UTF_8);
    cameo = CameoToPlover.read(t);
  }

  @Test
  void cameo_code_maps_by_longest_listed_prefix_and_first_line_wins() {
    assertThat(cameo.type("041")).contains(PloverType.CONSULT);
    assertThat(cameo.type("1411")).contains(PloverType.PROTEST);
    assertThat(cameo.type("190_use_conventional_military_force")).contains(PloverType.ASSAULT);
    assertThat(cameo.type("08")).contains(PloverType.CONCEDE);
    assertThat(cameo.type("---")).isEmpty();
  }

  @Test
  void petrarch_records_give_text_and_types_from_plover_name_or_cameo_code() throws IOException {
    Path f = tmp.resolve("v.xml");
    Files.writeString(
        f,
        String.join(
            "\n",
            "<Sentences>",
            "<Sentence date=\"19940611\" id=\"a\" evaluate=\"true\">",
            "<EventCoding eid=\"E1\" eventcode=\"10\" plover=\"DEMAND\" sourcecode=\"---\" />",
            "<Text>",
            "La Iglesia pidio votar",
            "en blanco.",
            "</Text>",
            "<Sentence id=\"b\"/>",
            "<EventCoding eventcode=\"041\" sourcecode=\"USA\" targetcode=\"CHN\" />",
            "<Text>Obama phoned Xi.</Text>",
            "<Sentence id=\"c\"/>",
            "<Text>No event here.</Text>"),
        StandardCharsets.UTF_8);
    List<GoldSentence> gold = new GoldSentenceReader(cameo).petrarch(f, "t", "es");
    assertThat(gold).hasSize(2);
    assertThat(gold.get(0).text()).isEqualTo("La Iglesia pidio votar en blanco.");
    assertThat(gold.get(0).types()).containsExactly(PloverType.REQUEST);
    assertThat(gold.get(1).types()).containsExactly(PloverType.CONSULT);
    assertThat(gold.get(0).hasActorCountry()).isFalse();
    assertThat(gold.get(1).source()).contains("USA");
    assertThat(gold.get(1).target()).contains("CHN");
  }

  @Test
  void cameo_actor_codes_give_their_iso_country_and_nothing_for_other_codes() {
    assertThat(CameoActors.country("USAGOV")).contains("USA");
    assertThat(CameoActors.country("COLREB")).contains("COL");
    assertThat(CameoActors.country("---LEG")).isEmpty();
    assertThat(CameoActors.country("~CVL")).isEmpty();
    assertThat(CameoActors.country("IGOUNO")).isEmpty();
    assertThat(CameoActors.country("")).isEmpty();
  }

  @Test
  void plover_records_give_the_country_of_their_first_coded_actor() throws IOException {
    Path f = tmp.resolve("gsr-actors.json");
    Files.writeString(
        f,
        "[{\"event\": \"AGREE\", \"text\": \"Libya offered to hand over two men.\","
            + " \"source\": [{\"actorText\": \"Libya\", \"code\": \"LBY\"}],"
            + " \"target\": [{\"actorText\": \"Great Britain\", \"code\": \"GBRGOV\"}]}]",
        StandardCharsets.UTF_8);
    GoldSentence g = GoldSentenceReader.plover(f, "gsr").get(0);
    assertThat(g.source()).contains("LBY");
    assertThat(g.target()).contains("GBR");
  }

  @Test
  void plover_records_normalise_old_names_and_skip_the_header() throws IOException {
    Path f = tmp.resolve("gsr.json");
    Files.writeString(
        f,
        "[{\"id\": \"DOC\", \"comment\": \"header\"},"
            + "{\"event\": \"FIGHT\", \"text\": \"Rebels attacked the town.\", \"language\": \"en\"}]",
        StandardCharsets.UTF_8);
    List<GoldSentence> gold = GoldSentenceReader.plover(f, "gsr");
    assertThat(gold).hasSize(1);
    assertThat(gold.get(0).types()).containsExactly(PloverType.ASSAULT);
  }

  @Test
  void shared_gold_sets_read_completely() throws IOException {
    Path root = Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("data");
    assumeTrue(Files.isDirectory(root.resolve("events")), "shared event data not present");
    CameoToPlover table = CameoToPlover.read(root.resolve("kb/plover/CAMEO2PLOVER-2021.txt"));
    Path events = root.resolve("events");
    assertThat(GoldSentenceReader.plover(events.resolve("plover-gsr/PLOVER_GSR_CAMEO.json"), "g"))
        .hasSize(322);
    assertThat(
            new GoldSentenceReader(table)
                .petrarch(
                    events.resolve("petrarch-validation/PETR2_GSR_validation.xml.gz"), "p", "en"))
        .hasSizeGreaterThan(50);
  }
}
