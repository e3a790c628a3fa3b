package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyScorerTest {

    @Test
    void countsSharedFourWordShinglesNormalisedPerPage() {
        // Truth: a b c d e f -> 3 shingles; prediction: b c d e f g -> 3 shingles; 2 shared.
        BodyScore.Page p = BodyScorer.page("x", "a b c d e f", "b, c d e f g");
        assertEquals(0.5, p.tp(), 1e-9);
        assertEquals(0.25, p.fp(), 1e-9);
        assertEquals(0.25, p.fn(), 1e-9);
        assertEquals(2.0 / 3, p.precision(), 1e-9);
    }

    @Test
    void pageWithNothingPredictedLeavesThePrecisionMeanButHasRecallZero() {
        BodyScore.Page full = BodyScorer.page("a", "one two three four five", "one two three four five");
        BodyScore.Page none = BodyScorer.page("b", "one two three four five", "");
        assertFalse(none.predicted());
        BodyScore s = new BodyScore(List.of(full, none));
        assertEquals(1.0, s.precision().getAsDouble(), 1e-9);
        assertEquals(0.5, s.recall().getAsDouble(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, s.f1().getAsDouble(), 1e-9);
    }

    @Test
    void keepsCaseLikeTheBenchmark() {
        assertEquals(0, BodyScorer.page("c", "One two three four", "one two three four").tp());
    }
}
