package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields of gold and predicted JSON trees leniently: a missing field, a JSON null and
 * the wrong type all read as absent, and a field may hold one value or a list of them. Thread-safe.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The field's text, or null when it is absent, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** The field's values: one for a scalar, every scalar member for a list, none when absent. */
    static List<String> values(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (!x.isNull() && !x.isContainerNode()) {
                    out.add(x.asText());
                }
            });
        } else if (!v.isObject()) {
            out.add(v.asText());
        }
        return out;
    }

    /**
     * A predicted single-valued field: its text, or the first member where it holds a list
     * (as a gold record scored against itself does).
     */
    static String first(JsonNode node, String field) {
        List<String> v = values(node, field);
        return v.isEmpty() ? null : v.get(0);
    }

    /** The objects of an array field, none when it is absent. */
    static List<JsonNode> items(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode v = node == null ? null : node.get(field);
        if (v != null && v.isArray()) {
            v.forEach(x -> {
                if (x.isObject()) {
                    out.add(x);
                }
            });
        }
        return out;
    }

    static boolean optional(JsonNode item) {
        JsonNode v = item.get("optional");
        return v != null && v.asBoolean(false);
    }

    static Double number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    static boolean has(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && !v.isNull();
    }
}
