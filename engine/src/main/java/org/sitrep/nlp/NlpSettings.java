package org.sitrep.nlp;

import java.util.List;
import java.util.Set;

/**
 * How the CoreNLP pipeline is built: a typed recipe instead of string properties scattered
 * through the code.
 *
 * @param annotators        CoreNLP annotator names, in order
 * @param nerModels         CoreNLP's CRF models for named entities, in order: a token keeps the
 *                          first model's type, and later models fill only tokens left untyped
 * @param maxSentenceTokens sentences longer than this are not parsed (lists, tables), only tagged
 * @param shieldedAcronyms  all-capital names that are also English words ("IS", "US"): the tagger
 *                          sees a neutral proper noun in their place, so "IS" is not read as "is"
 * @param parserCacheSize   first-layer products the dependency parser keeps for words it met
 *                          lately, 4 KB each, shared by all threads: more trades memory for speed,
 *                          same parses
 */
public record NlpSettings(List<String> annotators, List<String> nerModels, int maxSentenceTokens,
                          Set<String> shieldedAcronyms, int parserCacheSize) {

    private static final String MODELS = "edu/stanford/nlp/models/ner/";
    /**
     * The first of CoreNLP's three default models: persons, places, organisations. The MUC model
     * adds dates, times, money and percentages, which CoreNLP's number rules and {@link
     * TimeTagger} find too. The CoNLL model adds MISC, which the record read only for peoples
     * ("Kurds", "Ruritanians"), now named by {@code resolve/peoples.tsv} and the countries'
     * demonyms. Each model took as long as the other steps of NER together (issue 7).
     */
    public static final List<String> ENGLISH_NER = List.of(MODELS + "english.all.3class.distsim.crf.ser.gz");

    public NlpSettings {
        annotators = List.copyOf(annotators);
        nerModels = List.copyOf(nerModels);
        shieldedAcronyms = Set.copyOf(shieldedAcronyms);
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException("maxSentenceTokens must be positive");
        }
        if (parserCacheSize < 0) {
            throw new IllegalArgumentException("parserCacheSize must not be negative");
        }
    }

    /** The full English pipeline the record needs: tokens to dependency parses. */
    public static NlpSettings english(Set<String> shieldedAcronyms) {
        return new NlpSettings(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse"), ENGLISH_NER, 150,
                shieldedAcronyms, 60_000);
    }
}
