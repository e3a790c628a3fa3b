package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void computesPrecisionRecallAndF1() {
        Score s = new Score(2, 1, 3);
        assertEquals(2.0 / 3, s.precision().getAsDouble(), 1e-9);
        assertEquals(0.4, s.recall().getAsDouble(), 1e-9);
        assertEquals(2 * (2.0 / 3) * 0.4 / (2.0 / 3 + 0.4), s.f1().getAsDouble(), 1e-9);
    }

    @Test
    void nothingToFindAndNothingFoundIsNotApplicable() {
        assertTrue(Score.NONE.f1().isEmpty());
        assertTrue(Score.NONE.precision().isEmpty());
    }

    @Test
    void anEngineThatSaysNothingScoresZero() {
        Score s = new Score(0, 0, 4);
        assertEquals(0, s.precision().getAsDouble());
        assertEquals(0, s.f1().getAsDouble());
    }

    @Test
    void normalisesCasePunctuationAndLeadingArticle() {
        assertEquals("islamic state", TextNorm.normalise("The Islamic State,"));
        assertEquals("us backed forces", TextNorm.normalise("US-backed forces"));
        assertEquals("us", TextNorm.normalise("U.S."));
        assertEquals("theatre", TextNorm.normalise("Theatre"));
        assertEquals("obama", TextNorm.lastWord("President Barack Obama"));
    }
}
