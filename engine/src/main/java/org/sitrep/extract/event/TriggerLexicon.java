package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventType;
import org.sitrep.resolve.DataFile;

/** The event triggers of {@code triggers.tsv}, by lemma and part of speech. Immutable, thread-safe. */
public final class TriggerLexicon {

    private final Map<String, List<Trigger>> byKey = new HashMap<>();

    public static TriggerLexicon embedded() {
        TriggerLexicon lex = new TriggerLexicon();
        for (String[] row : DataFile.rows(TriggerLexicon.class, "/org/sitrep/extract/triggers.tsv")) {
            AcledType acled = row[5].isBlank() ? null : new AcledType(row[5], row[6]);
            Trigger t = new Trigger(row[0].toLowerCase(Locale.ROOT), row[1].equals("V"), EventType.valueOf(row[2]),
                    DataFile.blankToNull(row[3]), row[4], acled, List.of(row[7].split("\\s+")));
            lex.byKey.computeIfAbsent(key(t.lemma(), t.verb()), k -> new ArrayList<>()).add(t);
        }
        return lex;
    }

    /** Triggers of a lemma used as a verb ({@code verb}) or as a noun. */
    public List<Trigger> lookup(String lemma, boolean verb) {
        return byKey.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), verb), List.of());
    }

    private static String key(String lemma, boolean verb) {
        return (verb ? "V:" : "N:") + lemma;
    }
}
