package org.rassegna.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.rassegna.nlp.event.PloverType;

/**
 * The CAMEO → PLOVER table of the PLOVER project ({@code CAMEO2PLOVER-2021.txt}: lines {@code code:
 * TYPE, mode, context # comment}), so CAMEO-coded gold data can be scored on PLOVER types. A code
 * is looked up by its longest prefix in the table ("1411" → "141" → "14"); where a code is listed
 * twice the first line wins.
 */
public final class CameoToPlover {
  private final Map<String, PloverType> byCode;

  private CameoToPlover(Map<String, PloverType> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static CameoToPlover read(Path file) throws IOException {
    Map<String, PloverType> m = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      if (line.startsWith("#") || colon < 2) {
        continue;
      }
      String code = line.substring(0, colon).trim();
      String rest = line.substring(colon + 1);
      int comma = rest.indexOf(',');
      String name = (comma < 0 ? rest : rest.substring(0, comma)).replaceAll("#.*", "").trim();
      if (code.chars().allMatch(Character::isDigit)) {
        PloverType.parse(name).ifPresent(t -> m.putIfAbsent(code, t));
      }
    }
    if (m.isEmpty()) {
      throw new IOException(file + ": no CAMEO → PLOVER lines found");
    }
    return new CameoToPlover(m);
  }

  /** The type of a CAMEO code such as {@code 042} or {@code 140_Engage_in_political_dissent}. */
  public Optional<PloverType> type(String cameo) {
    int digits = 0;
    while (digits < cameo.length() && Character.isDigit(cameo.charAt(digits))) {
      digits++;
    }
    for (int n = digits; n >= 2; n--) {
      PloverType t = byCode.get(cameo.substring(0, n));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
