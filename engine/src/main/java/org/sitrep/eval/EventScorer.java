package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Scores events: a prediction matches a gold event of the same type whose actor and target it
 * resolves to (through the actor matching), where a gold field may list several acceptable
 * values. Each gold event is matched once; a prediction that could only match an already matched
 * or an optional gold event is ignored. Thread-safe.
 */
final class EventScorer {

    private EventScorer() {
    }

    /**
     * @param types the event types the gold annotates ({@code annotated.eventTypes}), or null for all;
     *              events of other types, gold or predicted, are left out
     */
    static EventScore score(JsonNode gold, JsonNode predicted, EntityMatcher actors, EntityMatcher places,
                            Set<String> types) {
        List<JsonNode> g = JsonFields.items(gold, "events").stream().filter(e -> kept(e, types)).toList();
        List<JsonNode> p = JsonFields.items(predicted, "events").stream().filter(e -> kept(e, types)).toList();
        boolean[] optional = new boolean[g.size()];
        for (int i = 0; i < g.size(); i++) {
            optional[i] = JsonFields.optional(g.get(i));
        }
        Pairing loose = Pairing.of(optional, p.size(), (i, j) -> matches(g.get(i), p.get(j), actors, false) ? 1 : 0, true);
        Pairing strict = Pairing.of(optional, p.size(), (i, j) -> matches(g.get(i), p.get(j), actors, true) ? 1 : 0, true);
        Tally place = Tally.NONE;
        Tally date = Tally.NONE;
        Tally polarity = Tally.NONE;
        for (int i = 0; i < g.size(); i++) {
            int j = loose.predOfGold()[i];
            if (j < 0 || optional[i]) {
                continue;
            }
            JsonNode ge = g.get(i);
            JsonNode pe = p.get(j);
            List<String> goldPlaces = JsonFields.values(ge, "place");
            if (!goldPlaces.isEmpty()) {
                Entity resolved = places.goldOf(JsonFields.first(pe, "place"));
                place = place.plus(Tally.of(resolved != null && goldPlaces.contains(resolved.id())));
            }
            List<String> goldDates = JsonFields.values(ge, "date");
            if (!goldDates.isEmpty()) {
                date = date.plus(Tally.of(goldDates.contains(JsonFields.first(pe, "date"))));
            }
            String goldPolarity = JsonFields.text(ge, "polarity");
            if (goldPolarity != null) {
                polarity = polarity.plus(Tally.of(goldPolarity.equals(JsonFields.first(pe, "polarity"))));
            }
        }
        return new EventScore(loose.score(), strict.score(), place, date, polarity);
    }

    private static boolean kept(JsonNode event, Set<String> types) {
        return types == null || JsonFields.values(event, "type").stream().anyMatch(types::contains);
    }

    static boolean matches(JsonNode gold, JsonNode predicted, EntityMatcher actors, boolean strict) {
        String type = JsonFields.first(predicted, "type");
        return type != null && JsonFields.values(gold, "type").contains(type)
                && argumentRight(JsonFields.values(gold, "actor"), JsonFields.first(predicted, "actor"), actors, strict)
                && argumentRight(JsonFields.values(gold, "target"), JsonFields.first(predicted, "target"), actors, strict);
    }

    private static boolean argumentRight(List<String> goldIds, String predictedId, EntityMatcher actors, boolean strict) {
        if (goldIds.isEmpty()) {
            return true;
        }
        if (predictedId == null) {
            return !strict;
        }
        Entity resolved = actors.goldOf(predictedId);
        return resolved != null && goldIds.contains(resolved.id());
    }
}
