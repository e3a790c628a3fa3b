package org.sitrep.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises photo captions among scraped lines: explicit markers and credits from
 * {@code caption-markers.txt}, and photo-describing present tense from {@code caption-verbs.txt}.
 * Immutable and thread-safe.
 */
final class CaptionRecognizer {

    /** Captions are one or two sentences; a long paragraph is prose even when it has a credit. */
    private static final int MAX_CAPTION = 400;

    private static final CaptionRecognizer EMBEDDED = new CaptionRecognizer();

    private final List<Pattern> markers;
    private final List<Pattern> verbs;

    private CaptionRecognizer() {
        markers = compile(DataLines.read("caption-markers.txt"));
        verbs = compile(DataLines.read("caption-verbs.txt"));
    }

    static CaptionRecognizer embedded() {
        return EMBEDDED;
    }

    /** A line carrying an explicit caption marker or photo credit. */
    boolean isMarkedCaption(String line) {
        String s = line.strip();
        return s.length() <= MAX_CAPTION && findsAny(markers, s);
    }

    /** A line that describes a scene in the present tense, as captions do; only meaningful ahead of the body. */
    boolean describesPhoto(String line) {
        String s = line.strip();
        return s.length() <= MAX_CAPTION && findsAny(verbs, s);
    }

    private static List<Pattern> compile(List<String> regexes) {
        return regexes.stream()
                .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    private static boolean findsAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }
}
