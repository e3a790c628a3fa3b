package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.eval.Records.score;

import org.junit.jupiter.api.Test;

class EntityMatcherTest {

    private static final String GOLD = "{'actors':["
            + "{'id':'A1','name':'Islamic State','aliases':['IS','ISIS']},"
            + "{'id':'A2','name':'Syrian Democratic Forces','aliases':['SDF']},"
            + "{'id':'A3','name':'civilians','aliases':[]},"
            + "{'id':'A4','name':'eastern front','optional':true}]}";

    @Test
    void matchesActorsOneToOneByAnySharedName() {
        DocumentScore d = score(GOLD, "{'article':{'text':''},'actors':["
                + "{'id':'A1','name':'ISIS','aliases':[]},"
                + "{'id':'A2','name':'IS','aliases':[]},"
                + "{'id':'A3','name':'The SDF','aliases':[]},"
                + "{'id':'A4','name':'Belgium','aliases':[]}]}");
        // ISIS takes the Islamic State; the second name for it is a split entity, so wrong.
        assertEquals(new Score(2, 2, 1), d.actors());
    }

    @Test
    void readsPredictedNamesFromMentionOffsets() {
        DocumentScore d = score(GOLD, "{'article':{'text':'Civilians fled.'},'actors':["
                + "{'id':'A9','name':'people','aliases':[],'mentions':[{'start':0,'end':9}]}]}");
        assertEquals(new Score(1, 0, 2), d.actors());
    }

    @Test
    void optionalGoldIsNeitherRequiredNorPenalised() {
        DocumentScore d = score(GOLD, "{'actors':[{'id':'A1','name':'Eastern Front'}]}");
        assertEquals(new Score(0, 0, 3), d.actors());
    }

    @Test
    void resolvesPredictedIdsToGoldIds() {
        EntityMatcher m = EntityMatcher.match(
                java.util.List.of(Entity.of(Records.json("{'id':'G1','name':'Mosul'}"), null, true)),
                java.util.List.of(Entity.of(Records.json("{'id':'P7','name':'Mosul city','aliases':['Mosul']}"), null, false)));
        assertEquals("G1", m.goldOf("P7").id());
        assertNull(m.goldOf("P8"));
    }

    @Test
    void goldMentionsIndexTheRawArticleByCodePoints() {
        String raw = "\uD83D\uDE00 Homs burns";
        Entity e = Entity.of(Records.json("{'id':'P1','name':'x','mentions':[{'start':2,'end':6}]}"), raw, true);
        assertEquals(java.util.Set.of("x", "homs"), e.names());
    }
}
