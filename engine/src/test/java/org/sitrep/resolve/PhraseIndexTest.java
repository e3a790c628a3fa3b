package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Names split into the words CoreNLP's tokenizer makes, plain names and punctuated ones alike. */
class PhraseIndexTest {

    @Test
    void splitsPlainNamesAtSpaces() {
        assertArrayEquals(new String[] {"Islamic", "State"}, PhraseIndex.words("Islamic State"));
        assertArrayEquals(new String[] {"Islamic", "State"}, PhraseIndex.words("  Islamic State "));
        assertArrayEquals(new String[] {"Hezbollah"}, PhraseIndex.words("Hezbollah"));
        assertArrayEquals(new String[0], PhraseIndex.words("   "));
        assertArrayEquals(new String[0], PhraseIndex.words(""));
    }

    @Test
    void splitsPunctuationHyphensAndPossessivesAsTheTokenizerDoes() {
        assertArrayEquals(new String[] {"Al", "-", "Qaeda"}, PhraseIndex.words("Al-Qaeda"));
        assertArrayEquals(new String[] {"Doctors", "Without", "Borders", "(", "MSF", ")"},
                PhraseIndex.words("Doctors Without Borders (MSF)"));
        assertArrayEquals(new String[] {"Smith", "'s"}, PhraseIndex.words("Smith's"));
        assertArrayEquals(new String[] {"Kabul", ",", "Afghanistan"}, PhraseIndex.words("Kabul, Afghanistan"));
        // Only a hyphen between two word characters splits.
        assertArrayEquals(new String[] {"-Hamas"}, PhraseIndex.words("-Hamas"));
    }

    @Test
    void collapsesRunsOfWhitespace() {
        assertArrayEquals(new String[] {"New", "York"}, PhraseIndex.words("New  York"));
        assertArrayEquals(new String[] {"New", "York"}, PhraseIndex.words("New\tYork"));
        assertArrayEquals(new String[] {"New", "York"}, PhraseIndex.words("New \n York"));
    }
}
