package org.rassegna.nlp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.rassegna.nlp.event.EventActor;
import org.rassegna.nlp.event.PoliticalEvent;

/** The {@code events} array of the annotated article JSON (see {@code docs/schema.md}). */
final class EventJson {
  private EventJson() {}

  static void put(ArrayNode array, List<PoliticalEvent> events) {
    for (PoliticalEvent e : events) {
      ObjectNode o = array.addObject();
      o.put("type", e.type().name());
      putOpt(o, "mode", e.mode());
      actor(o, "source", e.source());
      actor(o, "target", e.target());
      putOpt(o, "date", e.date().map(Object::toString));
      o.put("negated", e.negated());
      o.put("hypothetical", e.hypothetical());
      o.put("start", e.start());
      o.put("end", e.end());
      o.putObject("trigger").put("start", e.trigger().start()).put("end", e.trigger().end());
      o.put("confidence", e.confidence());
    }
  }

  private static void actor(ObjectNode o, String key, Optional<EventActor> actor) {
    if (actor.isEmpty()) {
      o.putNull(key);
      return;
    }
    EventActor a = actor.get();
    ObjectNode n = o.putObject(key);
    putOpt(n, "entity_id", a.entityId());
    n.put("name", a.name());
    putOpt(n, "country", a.country());
    putOpt(n, "sector", a.sector());
    n.put("start", a.start());
    n.put("end", a.end());
  }

  private static void putOpt(ObjectNode o, String key, Optional<String> v) {
    if (v.isPresent()) {
      o.put(key, v.get());
    } else {
      o.putNull(key);
    }
  }
}
