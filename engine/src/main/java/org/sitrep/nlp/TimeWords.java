package org.sitrep.nlp;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.resolve.DataFile;

/**
 * The words time expressions are made of (months, weekdays, units, number words, ...), read
 * from {@code time-words.tsv}; immutable and thread-safe.
 */
final class TimeWords {

    /** What a word is in a time expression, and its value (a month number, a TIMEX3 period, ...). */
    record Word(String kind, String value) {}

    private final Map<String, Word> words;

    private TimeWords(Map<String, Word> words) {
        this.words = Map.copyOf(words);
    }

    static TimeWords load() {
        Map<String, Word> m = new HashMap<>();
        for (String[] row : DataFile.rows(TimeWords.class, "time-words.tsv")) {
            m.put(row[0], new Word(row[1], row[2]));
        }
        return new TimeWords(m);
    }

    /** Whether the lower-case word is a time word of any kind. */
    boolean known(String word) {
        return words.containsKey(word);
    }

    /** The value of a lower-case word if it is of the given kind, else null. */
    String value(String word, String kind) {
        Word w = words.get(word);
        return w != null && w.kind().equals(kind) ? w.value() : null;
    }
}
