package org.sitrep.extract.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Sentence;
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
    private final List<List<String>> sourceMarkers;

    SpeechLexicon(Set<String> verbs, Set<String> nouns, Set<String> scareMarkers, Set<String> sourceMarkers) {
        this.verbs = Set.copyOf(verbs);
        this.nouns = Set.copyOf(nouns);
        this.scareMarkers = Set.copyOf(scareMarkers);
        this.sourceMarkers = sourceMarkers.stream().map(m -> List.of(m.split(" "))).toList();
    }

    /** The lexicon the engine ships: {@code speech-words.tsv} plus the events' reporting words. */
    static SpeechLexicon embedded() {
        Set<String> verbs = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        Set<String> scare = new HashSet<>();
        Set<String> source = new HashSet<>();
        for (String[] row : DataFile.rows(SpeechLexicon.class, REPORTING)) {
            verbs.add(row[0]);
            nouns.add(row[0]);
        }
        for (String[] row : DataFile.rows(SpeechLexicon.class, SPEECH)) {
            switch (row[1]) {
                case "verb" -> verbs.add(row[0]);
                case "noun" -> nouns.add(row[0]);
                case "scare" -> scare.add(row[0]);
                case "source" -> source.add(row[0]);
                default -> throw new IllegalStateException("unknown kind '" + row[1] + "' in " + SPEECH);
            }
        }
        return new SpeechLexicon(verbs, nouns, scare, source);
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

    /** Whether the words from token {@code i} on name a source outright: "according to". */
    boolean isSourceMarker(Sentence s, int i) {
        return sourceMarkerLength(s, i) > 0;
    }

    /** The number of words of the source marker at token {@code i}, or 0. */
    int sourceMarkerLength(Sentence s, int i) {
        for (List<String> marker : sourceMarkers) {
            boolean match = i + marker.size() <= s.tokens().size();
            for (int k = 0; match && k < marker.size(); k++) {
                match = s.tokens().get(i + k).word().equalsIgnoreCase(marker.get(k));
            }
            if (match) {
                return marker.size();
            }
        }
        return 0;
    }

    private static String lemma(Token t) {
        return (t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
