package org.sitrep.extract.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;
import org.sitrep.resolve.DataFile;

/**
 * The words that tie a quotation to its speaker: speech verbs and nouns, and the markers of
 * scare quotes. Immutable and thread-safe.
 */
final class SpeechLexicon {

    private static final String REPORTING = "/org/sitrep/extract/reporting-verbs.txt";
    private static final String SPEECH = "/org/sitrep/extract/quote/speech-words.tsv";

    private final Set<String> verbs;
    private final Set<String> nouns;
    private final Set<String> scareMarkers;

    SpeechLexicon(Set<String> verbs, Set<String> nouns, Set<String> scareMarkers) {
        this.verbs = Set.copyOf(verbs);
        this.nouns = Set.copyOf(nouns);
        this.scareMarkers = Set.copyOf(scareMarkers);
    }

    /** The lexicon the engine ships: {@code speech-words.tsv} plus the events' reporting words. */
    static SpeechLexicon embedded() {
        Set<String> verbs = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        Set<String> scare = new HashSet<>();
        for (String[] row : DataFile.rows(SpeechLexicon.class, REPORTING)) {
            verbs.add(row[0]);
            nouns.add(row[0]);
        }
        for (String[] row : DataFile.rows(SpeechLexicon.class, SPEECH)) {
            switch (row[1]) {
                case "verb" -> verbs.add(row[0]);
                case "noun" -> nouns.add(row[0]);
                case "scare" -> scare.add(row[0]);
                default -> throw new IllegalStateException("unknown kind '" + row[1] + "' in " + SPEECH);
            }
        }
        return new SpeechLexicon(verbs, nouns, scare);
    }

    /** A lexicon from word lists, for tests and callers with their own knowledge. */
    static SpeechLexicon of(List<String> verbs, List<String> nouns, List<String> scareMarkers) {
        return new SpeechLexicon(Set.copyOf(verbs), Set.copyOf(nouns), Set.copyOf(scareMarkers));
    }

    boolean isSpeechVerb(Token t) {
        return t.isVerb() && verbs.contains(lemma(t));
    }

    boolean isSpeechNoun(Token t) {
        return t.isNoun() && nouns.contains(lemma(t));
    }

    boolean isSpeechWord(Token t) {
        return isSpeechVerb(t) || isSpeechNoun(t);
    }

    boolean isScareMarker(Token t) {
        return scareMarkers.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static String lemma(Token t) {
        return (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
