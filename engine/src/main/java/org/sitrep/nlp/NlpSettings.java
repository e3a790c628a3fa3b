package org.sitrep.nlp;

import java.util.List;

/**
 * How the CoreNLP pipeline is built: a typed recipe instead of string properties scattered
 * through the code.
 *
 * @param annotators        CoreNLP annotator names, in order
 * @param maxSentenceTokens sentences longer than this are not parsed (lists, tables), only tagged
 */
public record NlpSettings(List<String> annotators, int maxSentenceTokens) {
    public NlpSettings {
        annotators = List.copyOf(annotators);
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException("maxSentenceTokens must be positive");
        }
    }

    /** The full English pipeline the record needs: tokens to dependency parses, with SUTime. */
    public static NlpSettings english() {
        return new NlpSettings(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"), 150);
    }
}
