package org.sitrep.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.SitrepRecord;
import org.sitrep.model.Span;

/**
 * Writes records in the {@code sitrep/1} shape. Fields the article does not support are
 * written as null, never guessed. Thread-safe.
 */
public final class RecordJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private RecordJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One record as pretty-printed JSON. */
    public static String pretty(SitrepRecord r) {
        return write(r, true);
    }

    /** One record on one line, for JSON Lines. */
    public static String line(SitrepRecord r) {
        return write(r, false);
    }

    private static String write(SitrepRecord r, boolean pretty) {
        try {
            return pretty
                    ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(r))
                    : MAPPER.writeValueAsString(toJson(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record " + r.article().id(), e);
        }
    }

    public static ObjectNode toJson(SitrepRecord r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SitrepRecord.SCHEMA);
        root.set("article", article(r.article()));
        ArrayNode actors = root.putArray("actors");
        r.actors().forEach(a -> actors.add(actor(a)));
        ArrayNode places = root.putArray("places");
        r.places().forEach(p -> places.add(place(p)));
        ArrayNode events = root.putArray("events");
        r.events().forEach(e -> events.add(event(e)));
        ArrayNode quotes = root.putArray("quotes");
        r.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode problems = root.putArray("problems");
        for (Problem p : r.problems()) {
            ObjectNode n = problems.addObject();
            n.put("stage", p.stage());
            n.put("code", p.code());
            n.put("detail", p.detail());
        }
        return root;
    }

    private static ObjectNode article(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("url", a.url());
        n.put("headline", a.headline());
        n.put("published", a.published() == null ? null : a.published().format(MINUTES));
        n.put("agency", a.agency());
        n.put("dateline", a.dateline());
        n.put("language", a.language());
        strings(n.putArray("captions"), a.captions());
        n.put("text", a.text());
        strings(n.putArray("removed"), a.removed());
        return n;
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("name", a.name());
        n.put("kind", a.kind().json());
        n.put("country", a.country());
        n.put("role", a.role());
        n.put("affiliation", a.affiliation());
        strings(n.putArray("aliases"), a.aliases());
        spans(n.putArray("mentions"), a.mentions());
        return n;
    }

    private static ObjectNode place(Place p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", p.id());
        n.put("name", p.name());
        n.put("kind", p.kind().json());
        n.put("country", p.country());
        n.put("admin1", p.admin1());
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("precision", p.precision() == null ? null : p.precision().json());
        n.put("gazetteer", p.gazetteer());
        strings(n.putArray("aliases"), p.aliases());
        spans(n.putArray("mentions"), p.mentions());
        return n;
    }

    private static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("type", e.type().name());
        n.put("mode", e.mode());
        n.put("cameo", e.cameo());
        if (e.acled() == null) {
            n.putNull("acled");
        } else {
            ObjectNode acled = n.putObject("acled");
            acled.put("event_type", e.acled().eventType());
            acled.put("sub_event_type", e.acled().subEventType());
        }
        n.put("actor", e.actor());
        n.put("target", e.target());
        n.put("place", e.place());
        n.put("date", e.date());
        n.put("datePrecision", e.datePrecision());
        ArrayNode qs = n.putArray("quantities");
        for (Quantity q : e.quantities()) {
            ObjectNode qn = qs.addObject();
            qn.put("value", q.value());
            if (q.max() != null) {
                qn.put("max", q.max());
            }
            qn.put("unit", q.unit());
            qn.put("qualifier", q.qualifier());
        }
        n.put("fatalities", e.fatalities());
        n.put("reportedBy", e.reportedBy());
        n.put("polarity", e.polarity().json());
        ObjectNode ev = n.putObject("evidence");
        ev.put("text", e.evidence().text());
        ev.put("start", e.evidence().start());
        ev.put("end", e.evidence().end());
        n.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        return n;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", q.text());
        n.put("speaker", q.speaker());
        n.put("speakerName", q.speakerName());
        n.put("quotedBy", q.quotedBy());
        n.put("start", q.start());
        n.put("end", q.end());
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void spans(ArrayNode array, List<Span> spans) {
        for (Span s : spans) {
            ObjectNode n = array.addObject();
            n.put("start", s.start());
            n.put("end", s.end());
        }
    }
}
