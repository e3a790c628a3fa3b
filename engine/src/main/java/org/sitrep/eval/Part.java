package org.sitrep.eval;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The parts of a record that are scored separately, named as in {@code annotated.parts}. */
public enum Part {
    ARTICLE, ACTORS, PLACES, EVENTS, QUOTES, ACLED, BODY;

    /** What a gold record without {@code annotated.parts} covers: the whole record, not the dataset-only labels. */
    static final Set<Part> RECORD = EnumSet.of(ARTICLE, ACTORS, PLACES, EVENTS, QUOTES);

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The part of that name, or null for a name the evaluation does not know. */
    public static Part of(String name) {
        for (Part p : values()) {
            if (p.json().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }
}
