package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An actor or place of a record, seen by the evaluation as the set of its normalised names:
 * {@code name}, {@code aliases} and the text of its {@code mentions}. Immutable.
 *
 * @param names     normalised, non-empty names
 * @param gazetteer the gazetteer id ({@code geonames:170794}), or null
 * @param node      the JSON item it was read from, for the fields a scorer needs
 */
record Entity(String id, String name, Set<String> names, String gazetteer, boolean optional, JsonNode node) {

    public Entity {
        names = Set.copyOf(names);
    }

    /**
     * Reads one item of {@code actors} or {@code places}.
     *
     * @param text            the text its mentions index, or null to use names and aliases only
     * @param codePointOffset whether the offsets count code points (the datasets, written in Python)
     *                        rather than UTF-16 units (the engine)
     */
    static Entity of(JsonNode item, String text, boolean codePointOffset) {
        Set<String> names = new LinkedHashSet<>();
        add(names, JsonFields.text(item, "name"));
        JsonFields.values(item, "aliases").forEach(a -> add(names, a));
        if (text != null) {
            for (JsonNode m : JsonFields.items(item, "mentions")) {
                add(names, MentionText.of(text, m, codePointOffset));
            }
        }
        return new Entity(JsonFields.text(item, "id"), JsonFields.text(item, "name"), names,
                JsonFields.text(item, "gazetteer"), JsonFields.optional(item), item);
    }

    private static void add(Set<String> names, String raw) {
        String n = TextNorm.normalise(raw);
        if (!n.isEmpty()) {
            names.add(n);
        }
    }
}
