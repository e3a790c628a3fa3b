package org.sitrep.nlp;

import java.util.List;
import java.util.Set;

/**
 * How the CoreNLP pipeline is built: a typed recipe instead of string properties scattered
 * through the code.
 *
 * @param annotators        CoreNLP annotator names, in order
 * @param maxSentenceTokens sentences longer than this are not parsed (lists, tables), only tagged
 * @param shieldedAcronyms  all-capital names that are also English words ("IS", "US"): the tagger
 *                          sees a neutral proper noun in their place, so "IS" is not read as "is"
 * @param parserCacheSize   first-layer products the dependency parser keeps for words it met
 *                          before, 4 KB each, shared by all threads: more trades memory for speed,
 *                          same parses
 */
public record NlpSettings(List<String> annotators, int maxSentenceTokens, Set<String> shieldedAcronyms,
                          int parserCacheSize) {
    public NlpSettings {
        annotators = List.copyOf(annotators);
        shieldedAcronyms = Set.copyOf(shieldedAcronyms);
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException("maxSentenceTokens must be positive");
        }
        if (parserCacheSize < 0) {
            throw new IllegalArgumentException("parserCacheSize must not be negative");
        }
    }

    /** The full English pipeline the record needs: tokens to dependency parses, with SUTime. */
    public static NlpSettings english(Set<String> shieldedAcronyms) {
        return new NlpSettings(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"), 150, shieldedAcronyms,
                60_000);
    }
}
