package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Reads the ACLED label of a snippet: for the gold, its first event with an {@code acled}
 * sub-event type; for a prediction, its most confident such event. Thread-safe.
 */
final class AcledScorer {

    private AcledScorer() {
    }

    static AcledScore score(JsonNode gold, JsonNode predicted) {
        return new AcledScore(List.of(new AcledScore.Label(goldLabel(gold), predictedLabel(predicted))));
    }

    static String goldLabel(JsonNode record) {
        for (JsonNode e : JsonFields.items(record, "events")) {
            String sub = subEventType(e);
            if (sub != null) {
                return sub;
            }
        }
        return null;
    }

    static String predictedLabel(JsonNode record) {
        String best = null;
        double bestConfidence = Double.NEGATIVE_INFINITY;
        for (JsonNode e : JsonFields.items(record, "events")) {
            String sub = subEventType(e);
            Double c = JsonFields.number(e, "confidence");
            double confidence = c == null ? 0 : c;
            if (sub != null && confidence > bestConfidence) {
                best = sub;
                bestConfidence = confidence;
            }
        }
        return best;
    }

    private static String subEventType(JsonNode event) {
        JsonNode acled = event.get("acled");
        return acled == null || !acled.isObject() ? null : JsonFields.text(acled, "sub_event_type");
    }
}
