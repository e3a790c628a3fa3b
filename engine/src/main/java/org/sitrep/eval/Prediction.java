package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the engine made of one input: a record as a JSON tree, or the reason there is none.
 * Immutable.
 */
public record Prediction(JsonNode record, String failure) {

    public static Prediction of(JsonNode record) {
        return new Prediction(record, null);
    }

    public static Prediction failed(String reason) {
        return new Prediction(null, reason);
    }
}
