package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores one predicted record against its gold record, every part the gold annotates. Actors and
 * places are matched even when not scored, since events and quotes resolve their ids through them.
 * Thread-safe.
 */
public final class DocumentScorer {

    private DocumentScorer() {
    }

    /**
     * @param goldText  the raw article file the gold's mention offsets index (code points), or null
     * @param predicted the predicted record, or null when there is none (scored as an empty record)
     * @param failure   why there is no prediction, or null
     * @param wanted    the parts to score where the gold annotates them
     */
    public static DocumentScore score(String id, JsonNode gold, String goldText, JsonNode predicted, String failure,
                                      Set<Part> wanted) {
        JsonNode pred = predicted != null ? predicted : JsonNodeFactory.instance.objectNode();
        Set<Part> parts = EnumSet.noneOf(Part.class);
        parts.addAll(parts(gold));
        parts.retainAll(wanted);
        String predText = JsonFields.text(pred.get("article"), "text");
        EntityMatcher actors = EntityMatcher.match(entities(gold, "actors", goldText, true),
                entities(pred, "actors", predText, false));
        EntityMatcher places = EntityMatcher.match(entities(gold, "places", goldText, true),
                entities(pred, "places", predText, false));
        return new DocumentScore(id, parts,
                parts.contains(Part.ARTICLE) ? ArticleScorer.score(gold, pred) : null,
                parts.contains(Part.ACTORS) ? actors.score() : null,
                parts.contains(Part.PLACES) ? PlaceScorer.score(places) : null,
                parts.contains(Part.EVENTS) ? EventScorer.score(gold, pred, actors, places, eventTypes(gold)) : null,
                parts.contains(Part.QUOTES) ? QuoteScorer.score(gold, pred, actors) : null,
                parts.contains(Part.ACLED) ? AcledScorer.score(gold, pred) : null,
                failure);
    }

    /** The parts a gold record annotates: {@code annotated.parts}, or the whole record when it says nothing. */
    static Set<Part> parts(JsonNode gold) {
        JsonNode annotated = gold.get("annotated");
        if (annotated == null || !annotated.has("parts")) {
            return Part.RECORD;
        }
        Set<Part> out = EnumSet.noneOf(Part.class);
        for (String name : JsonFields.values(annotated, "parts")) {
            Part p = Part.of(name);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Set<String> eventTypes(JsonNode gold) {
        JsonNode annotated = gold.get("annotated");
        if (annotated == null || !JsonFields.has(annotated, "eventTypes")) {
            return null;
        }
        return new LinkedHashSet<>(JsonFields.values(annotated, "eventTypes"));
    }

    private static List<Entity> entities(JsonNode record, String field, String text, boolean codePointOffset) {
        return JsonFields.items(record, field).stream().map(n -> Entity.of(n, text, codePointOffset)).toList();
    }
}
