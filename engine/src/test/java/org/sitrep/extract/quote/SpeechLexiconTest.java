package org.sitrep.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class SpeechLexiconTest {

    private static final SpeechLexicon LEXICON = SpeechLexicon.embedded();

    @Test
    void shippedListsKnowSpeechVerbsNounsAndMarkers() {
        assertTrue(LEXICON.isSpeechVerb(new Token(0, "insisted", "insist", "VBD", "O", 0, 8)));
        assertTrue(LEXICON.isSpeechNoun(new Token(0, "statement", "statement", "NN", "O", 0, 9)));
        assertFalse(LEXICON.isSpeechVerb(new Token(0, "statement", "statement", "NN", "O", 0, 9)));
        assertFalse(LEXICON.isSpeechVerb(new Token(0, "walked", "walk", "VBD", "O", 0, 6)));
        assertTrue(LEXICON.isScareMarker(new Token(0, "so-called", "so-called", "JJ", "O", 0, 9)));
    }

    @Test
    void sourceMarkerSpansItsWords() {
        List<Token> tokens = List.of(new Token(0, "according", "accord", "VBG", "O", 0, 9),
                new Token(1, "to", "to", "TO", "O", 10, 12), new Token(2, "officials", "official", "NNS", "O", 13, 22));
        Sentence s = new Sentence(0, new Span(0, 22), "according to officials", tokens, List.of(), List.of(), List.of());
        assertEquals(2, LEXICON.sourceMarkerLength(s, 0));
        assertEquals(0, LEXICON.sourceMarkerLength(s, 1));
    }
}
