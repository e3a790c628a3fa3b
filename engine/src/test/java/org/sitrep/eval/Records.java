package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds small JSON records for tests from single-quoted JSON, to keep the cases readable. */
final class Records {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Records() {
    }

    static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    static DocumentScore score(String gold, String predicted) {
        return DocumentScorer.score("t", json(gold), null, json(predicted), null, java.util.EnumSet.allOf(Part.class));
    }
}
