package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** The text a {@code {"start":..,"end":..}} mention points at, or null when it points outside the text. Thread-safe. */
final class MentionText {

    private MentionText() {
    }

    static String of(String text, JsonNode mention, boolean codePointOffset) {
        JsonNode s = mention.get("start");
        JsonNode e = mention.get("end");
        if (s == null || e == null || !s.canConvertToInt() || !e.canConvertToInt()) {
            return null;
        }
        int start = s.asInt();
        int end = e.asInt();
        if (codePointOffset) {
            int points = text.codePointCount(0, text.length());
            if (start < 0 || end < start || end > points) {
                return null;
            }
            start = text.offsetByCodePoints(0, start);
            end = text.offsetByCodePoints(start, e.asInt() - s.asInt());
        }
        return start < 0 || end < start || end > text.length() ? null : text.substring(start, end);
    }
}
