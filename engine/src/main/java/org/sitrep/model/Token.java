package org.sitrep.model;

/**
 * One token of a sentence as the NLP stage saw it.
 *
 * @param index position in its sentence, from 0
 * @param ner   named-entity tag ({@code PERSON}, {@code ORGANIZATION}, ...) or {@code O}
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
