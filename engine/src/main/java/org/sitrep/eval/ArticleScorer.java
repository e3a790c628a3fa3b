package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the article's metadata: each field the gold gives is right when the prediction's equals
 * it after normalisation; a list field (captions, removed) is right when it holds the same items
 * in any order. Thread-safe.
 */
final class ArticleScorer {

    static final List<String> FIELDS = List.of("headline", "published", "agency", "dateline", "language");
    static final List<String> LIST_FIELDS = List.of("captions", "removed");

    private ArticleScorer() {
    }

    static ArticleScore score(JsonNode gold, JsonNode predicted) {
        JsonNode g = gold.get("article");
        JsonNode p = predicted == null ? null : predicted.get("article");
        Map<String, Tally> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String want = JsonFields.text(g, f);
            if (want != null) {
                fields.put(f, Tally.of(TextNorm.normalise(want).equals(TextNorm.normalise(JsonFields.text(p, f)))));
            }
        }
        for (String f : LIST_FIELDS) {
            if (g != null && g.has(f) && g.get(f).isArray()) {
                fields.put(f, Tally.of(normalisedSorted(JsonFields.values(g, f)).equals(normalisedSorted(JsonFields.values(p, f)))));
            }
        }
        return new ArticleScore(fields);
    }

    private static List<String> normalisedSorted(List<String> values) {
        return values.stream().map(TextNorm::normalise).filter(s -> !s.isEmpty()).sorted().toList();
    }
}
