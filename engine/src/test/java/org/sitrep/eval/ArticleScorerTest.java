package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.eval.Records.score;

import org.junit.jupiter.api.Test;

class ArticleScorerTest {

    @Test
    void exactMatchAfterNormalisationForEachGoldField() {
        String gold = "{'article':{'headline':'The Siege of Homs','agency':'AFP','dateline':null,"
                + "'captions':['A truck.','A road.'],'removed':[]}}";
        String pred = "{'article':{'headline':'siege of homs!','agency':'Reuters','dateline':'Homs',"
                + "'captions':['a road','A truck'],'removed':['Share this']}}";
        ArticleScore a = score(gold, pred).article();
        assertEquals(new Tally(1, 1), a.fields().get("headline"));
        assertEquals(new Tally(0, 1), a.fields().get("agency"));
        assertEquals(null, a.fields().get("dateline"));
        assertEquals(new Tally(1, 1), a.fields().get("captions"));
        assertEquals(new Tally(0, 1), a.fields().get("removed"));
        assertEquals(new Tally(2, 4), a.all());
    }
}
