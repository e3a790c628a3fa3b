package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores quotes: a prediction matches a gold quote when their word sequences share a run covering
 * at least 60 % of the shorter one, so that a quote cut a little differently still counts. The
 * speaker is right when it resolves to the gold speaker's actor, or when its name or surname
 * equals a name of the gold speaker. Thread-safe.
 */
final class QuoteScorer {

    static final double MIN_OVERLAP = 0.6;

    private QuoteScorer() {
    }

    static QuoteScore score(JsonNode gold, JsonNode predicted, EntityMatcher actors) {
        List<JsonNode> g = JsonFields.items(gold, "quotes");
        List<JsonNode> p = JsonFields.items(predicted, "quotes");
        List<List<String>> gw = g.stream().map(q -> TextNorm.words(JsonFields.text(q, "text"))).toList();
        List<List<String>> pw = p.stream().map(q -> TextNorm.words(JsonFields.text(q, "text"))).toList();
        boolean[] optional = new boolean[g.size()];
        for (int i = 0; i < g.size(); i++) {
            optional[i] = JsonFields.optional(g.get(i));
        }
        Pairing pairing = Pairing.of(optional, p.size(), (i, j) -> {
            double o = overlap(gw.get(i), pw.get(j));
            // Among pairs over the threshold, prefer those alike in length too: a two-word gold
            // quote inside a long predicted one should not take it from its own copy.
            return o >= MIN_OVERLAP ? o + o * Math.min(gw.get(i).size(), pw.get(j).size())
                    / Math.max(gw.get(i).size(), pw.get(j).size()) : 0;
        }, false);
        Map<String, JsonNode> goldActors = byId(gold);
        Map<String, JsonNode> predActors = byId(predicted);
        Tally speaker = Tally.NONE;
        for (int i = 0; i < g.size(); i++) {
            int j = pairing.predOfGold()[i];
            if (j < 0 || optional[i]) {
                continue;
            }
            JsonNode gq = g.get(i);
            if (JsonFields.has(gq, "speaker") || JsonFields.has(gq, "speakerName")) {
                speaker = speaker.plus(Tally.of(speakerRight(gq, p.get(j), actors, goldActors, predActors)));
            }
        }
        return new QuoteScore(pairing.score(), speaker);
    }

    /** The longest shared run of words, as a share of the shorter sequence; 0 when either is empty. */
    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int best = 0;
        int[] prev = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] cur = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return (double) best / Math.min(a.size(), b.size());
    }

    private static boolean speakerRight(JsonNode gq, JsonNode pq, EntityMatcher actors,
                                        Map<String, JsonNode> goldActors, Map<String, JsonNode> predActors) {
        String goldSpeaker = JsonFields.text(gq, "speaker");
        String predSpeaker = JsonFields.first(pq, "speaker");
        Entity resolved = actors.goldOf(predSpeaker);
        if (goldSpeaker != null && resolved != null && goldSpeaker.equals(resolved.id())) {
            return true;
        }
        Set<String> goldNames = new HashSet<>();
        addName(goldNames, JsonFields.text(gq, "speakerName"));
        JsonNode goldActor = goldSpeaker == null ? null : goldActors.get(goldSpeaker);
        if (goldActor != null) {
            addName(goldNames, JsonFields.text(goldActor, "name"));
            JsonFields.values(goldActor, "aliases").forEach(a -> addName(goldNames, a));
        }
        JsonNode predActor = predSpeaker == null ? null : predActors.get(predSpeaker);
        for (String name : new String[] {JsonFields.text(pq, "speakerName"), JsonFields.text(predActor, "name")}) {
            String n = TextNorm.normalise(name);
            if (!n.isEmpty() && (goldNames.contains(n) || goldNames.contains(TextNorm.lastWord(name)))) {
                return true;
            }
        }
        return false;
    }

    private static void addName(Set<String> names, String raw) {
        String n = TextNorm.normalise(raw);
        if (!n.isEmpty()) {
            names.add(n);
        }
    }

    private static Map<String, JsonNode> byId(JsonNode record) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode a : JsonFields.items(record, "actors")) {
            String id = JsonFields.text(a, "id");
            if (id != null) {
                out.put(id, a);
            }
        }
        return out;
    }
}
