package org.rassegna.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.rassegna.nlp.event.PloverType;

/**
 * Reads event-coded gold sentences: the PLOVER gold-standard records (a JSON array with {@code
 * event} and {@code text}) and the PETRARCH validation files (XML-like records: {@code <Sentence>},
 * one {@code <EventCoding>} per event with a CAMEO {@code eventcode} and sometimes a {@code plover}
 * name, then {@code <Text>}). Old PLOVER names are normalised; sentences without a usable code are
 * left out.
 */
public final class GoldSentenceReader {
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private final CameoToPlover cameo;

  public GoldSentenceReader(CameoToPlover cameo) {
    this.cameo = cameo;
  }

  public static List<GoldSentence> plover(Path json, String set) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<GoldSentence> out = new ArrayList<>();
    for (JsonNode r : root) {
      Optional<PloverType> t = PloverType.parse(r.path("event").asText(""));
      String text = r.path("text").asText("");
      if (t.isPresent() && !text.isBlank()) {
        String lang = r.path("language").asText("en");
        out.add(
            new GoldSentence(
                set, lang, text, List.of(t.get()), actor(r, "source"), actor(r, "target")));
      }
    }
    return out;
  }

  /** The country of a PLOVER record's first actor in {@code field} (a list of {@code code}s). */
  private static Optional<String> actor(JsonNode record, String field) {
    return CameoActors.country(record.path(field).path(0).path("code").asText(""));
  }

  /** Records of a PETRARCH validation file ({@code .xml} or {@code .xml.gz}). */
  public List<GoldSentence> petrarch(Path file, String set, String language) throws IOException {
    List<GoldSentence> out = new ArrayList<>();
    List<PloverType> types = new ArrayList<>();
    String[] actors = {"", ""};
    StringBuilder text = null;
    try (BufferedReader r = open(file)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.trim();
        if (text == null && s.startsWith("<Sentence")) {
          types.clear();
        } else if (text == null && s.startsWith("<EventCoding")) {
          Optional<PloverType> t = code(s);
          if (t.isPresent() && types.isEmpty()) {
            actors[0] = attribute(s, "sourcecode");
            actors[1] = attribute(s, "targetcode");
          }
          t.ifPresent(types::add);
        } else if (text == null && s.startsWith("<Text>")) {
          text = new StringBuilder();
          s = s.substring("<Text>".length());
        }
        if (text == null) {
          continue;
        }
        int close = s.indexOf("</Text>");
        text.append(' ').append(close < 0 ? s : s.substring(0, close));
        if (close >= 0) {
          String body = text.toString().trim();
          if (!types.isEmpty() && !body.isEmpty()) {
            out.add(
                new GoldSentence(
                    set,
                    language,
                    body,
                    types,
                    CameoActors.country(actors[0]),
                    CameoActors.country(actors[1])));
          }
          text = null;
        }
      }
    }
    return out;
  }

  private Optional<PloverType> code(String line) {
    Matcher m = ATTR.matcher(line);
    String plover = "";
    String event = "";
    while (m.find()) {
      if (m.group(1).equals("plover")) {
        plover = m.group(2);
      } else if (m.group(1).equals("eventcode")) {
        event = m.group(2);
      }
    }
    Optional<PloverType> named = PloverType.parse(plover);
    return named.isPresent() ? named : cameo.type(event);
  }

  private static String attribute(String line, String name) {
    Matcher m = ATTR.matcher(line);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return "";
  }

  private static BufferedReader open(Path file) throws IOException {
    var in = Files.newInputStream(file);
    var raw = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
  }
}
