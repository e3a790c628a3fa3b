package org.sitrep.extract.event;

import java.util.List;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventType;

/**
 * One row of the trigger lexicon.
 *
 * @param lemma one word, or two for compound nouns ("air strike")
 * @param verb  true for a verb trigger, false for a noun
 * @param frame conditions: {@code needs=obj-actor}, {@code needs=no-obj}, {@code prt=off}, {@code prep=on|for}
 */
public record Trigger(String lemma, boolean verb, EventType type, String mode, String cameo, AcledType acled,
                      List<String> frame) {
    public Trigger {
        frame = List.copyOf(frame);
    }

    /** The value of a frame condition ({@code prep} gives {@code on|for}), or null. */
    public String condition(String key) {
        for (String f : frame) {
            if (f.startsWith(key + "=")) {
                return f.substring(key.length() + 1);
            }
        }
        return null;
    }

    /** The words a word condition names ({@code objword=aid|food*} gives aid, food*), or null without it. */
    public List<String> words(String key) {
        String value = condition(key);
        return value == null ? null : List.of(value.split("\\|"));
    }
}
