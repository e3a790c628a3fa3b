package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.eval.Records.score;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {

    private static final String GOLD = "{'annotated':{'parts':['quotes']},'actors':["
            + "{'id':'A1','name':'Barack Obama'},{'id':'A2','name':'Mustefa Bali','aliases':['SDF spokesman Mustefa Bali']}],"
            + "'quotes':["
            + "{'text':'one two three four five six seven eight nine ten','speaker':'A1','speakerName':'Obama'},"
            + "{'text':'alpha beta gamma delta epsilon','speaker':'A2','speakerName':'Mustefa Bali'},"
            + "{'text':'scare','speaker':null,'speakerName':null}]}";

    @Test
    void overlapIsTheLongestSharedRunOverTheShorter() {
        List<String> gold = TextNorm.words("one two three four five six seven eight nine ten");
        assertEquals(1.0, QuoteScorer.overlap(gold, TextNorm.words("one two three four five six")), 1e-9);
        assertEquals(0.6, QuoteScorer.overlap(gold, TextNorm.words("one two three x y")), 1e-9);
        assertEquals(0.5, QuoteScorer.overlap(gold, TextNorm.words("x y z w v one two three four five")), 1e-9);
    }

    @Test
    void matchesAtSixtyPercentAndNotBelow() {
        DocumentScore d = score(GOLD, "{'actors':[],'quotes':["
                + "{'text':'One, two, three x y','speaker':null,'speakerName':'President Obama'},"
                + "{'text':'alpha beta zeta eta theta iota','speaker':null,'speakerName':'Bali'}]}");
        // "one two three" is 3 of the 5 predicted words: 60 %, a match; "alpha beta" is 2 of 5: 40 %, none.
        assertEquals(new Score(1, 1, 2), d.quotes().match());
        assertEquals(new Tally(1, 1), d.quotes().speaker());   // surname Obama equals the gold's name
    }

    @Test
    void speakerRightWhenItResolvesToTheGoldActorOrBySurname() {
        DocumentScore d = score(GOLD, "{'article':{'text':''},'actors':[{'id':'A5','name':'Bali','aliases':['SDF spokesman Mustefa Bali']},"
                + "{'id':'A6','name':'Michelle Obama'}],'quotes':["
                + "{'text':'alpha beta gamma delta','speaker':'A5','speakerName':'Bali'},"
                + "{'text':'one two three four five six seven eight nine ten','speaker':'A6','speakerName':'Michelle Obama'},"
                + "{'text':'scare','speaker':null}]}");
        assertEquals(new Score(3, 0, 0), d.quotes().match());
        // A5 resolves to Mustefa Bali; Michelle Obama's surname equals the gold speakerName "Obama"
        // (the rule accepts it); the scare quote has no gold speaker and is not counted.
        assertEquals(new Tally(2, 2), d.quotes().speaker());
    }

    @Test
    void wrongSpeakerIsCountedWrong() {
        DocumentScore d = score(GOLD, "{'quotes':[{'text':'alpha beta gamma delta epsilon','speakerName':'Trump'}]}");
        assertEquals(new Tally(0, 1), d.quotes().speaker());
    }
}
