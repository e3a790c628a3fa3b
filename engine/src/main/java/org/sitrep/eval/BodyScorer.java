package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an extracted page body with the true one as multisets of 4-word shingles (word =
 * run of Unicode word characters), the benchmark's metric. A text shorter than four words is
 * one shingle. Thread-safe.
 */
final class BodyScorer {

    static final int SHINGLE = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private BodyScorer() {
    }

    static BodyScore.Page page(String id, String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int shared = Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
            tp += shared;
            fp += e.getValue() - shared;
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += e.getValue() - Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0
                ? new BodyScore.Page(id, 0, 0, 0, false)
                : new BodyScore.Page(id, tp / sum, fp / sum, fn / sum, !p.isEmpty());
    }

    static Map<String, Integer> shingles(String text) {
        List<String> words = wordsAsWritten(text);
        Map<String, Integer> out = new HashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        int last = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            out.merge(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE))), 1, Integer::sum);
        }
        return out;
    }

    /** The benchmark keeps the case of words, unlike the rest of the evaluation. */
    private static List<String> wordsAsWritten(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

}
