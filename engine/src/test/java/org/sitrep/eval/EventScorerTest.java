package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.eval.Records.score;

import org.junit.jupiter.api.Test;

class EventScorerTest {

    private static final String ACTORS = "'actors':["
            + "{'id':'A1','name':'rebels'},{'id':'A2','name':'army'},{'id':'A3','name':'villagers'}],"
            + "'places':[{'id':'P1','name':'Hama'},{'id':'P2','name':'Homs'}]";

    private static final String GOLD = "{'annotated':{'parts':['events']}," + ACTORS + ",'events':["
            + "{'id':'E1','type':'ASSAULT','actor':'A1','target':['A2','A3'],'place':['P1','P2'],'date':'2019-02-17','polarity':'asserted'},"
            + "{'id':'E2','type':'COERCE','actor':'A2','target':'A3','place':null,'date':null},"
            + "{'id':'E3','type':'REQUEST','actor':'A3','target':'A2','optional':true}]}";

    @Test
    void matchesByTypeAndResolvedActorsWithListValuedGold() {
        DocumentScore d = score(GOLD, "{" + ACTORS + ",'events':["
                + "{'id':'E1','type':'ASSAULT','actor':'A1','target':'A3','place':'P2','date':'2019-02-16','polarity':'asserted'},"
                + "{'id':'E2','type':'COERCE','actor':'A1','target':'A3'}]}");
        EventScore e = d.events();
        assertEquals(new Score(1, 1, 1), e.loose());    // E2 has the wrong actor
        assertEquals(new Tally(1, 1), e.place());       // Homs is one of the gold's places
        assertEquals(new Tally(0, 1), e.date());
        assertEquals(new Tally(1, 1), e.polarity());
    }

    @Test
    void strictNeedsEveryGoldActorPredicted() {
        DocumentScore d = score(GOLD, "{" + ACTORS + ",'events':["
                + "{'id':'E1','type':'ASSAULT','actor':null,'target':'A2'},"
                + "{'id':'E2','type':'COERCE','actor':'A2','target':'A3'}]}");
        assertEquals(new Score(2, 0, 0), d.events().loose());
        assertEquals(new Score(1, 1, 1), d.events().strict());
    }

    @Test
    void optionalAndRepeatedMatchesAreIgnored() {
        DocumentScore d = score(GOLD, "{" + ACTORS + ",'events':["
                + "{'id':'E1','type':'REQUEST','actor':'A3','target':'A2'},"
                + "{'id':'E2','type':'COERCE','actor':'A2','target':'A3'},"
                + "{'id':'E3','type':'COERCE','actor':'A2'},"
                + "{'id':'E4','type':'PROTEST','actor':'A3'}]}");
        // REQUEST meets an optional event, the second COERCE an already matched one: neither counts.
        assertEquals(new Score(1, 1, 1), d.events().loose());
    }

    @Test
    void eventTypesLimitWhatIsScored() {
        String gold = "{'annotated':{'parts':['events'],'eventTypes':['ASSAULT']}," + ACTORS + ",'events':["
                + "{'id':'E1','type':'ASSAULT','actor':'A1','target':'A2'},{'id':'E2','type':'COERCE','actor':'A2'}]}";
        DocumentScore d = score(gold, "{" + ACTORS + ",'events':["
                + "{'id':'E1','type':'ASSAULT','actor':'A1','target':'A2'},{'id':'E2','type':'ACCUSE','actor':'A1'}]}");
        assertEquals(new Score(1, 0, 0), d.events().loose());
    }

    @Test
    void partsOutsideAnnotatedAreNotApplicable() {
        DocumentScore d = score(GOLD, "{'events':[]}");
        assertNull(d.actors());
        assertNull(d.places());
        assertNull(d.quotes());
        assertNull(d.article());
        assertEquals(new Score(0, 0, 2), d.events().loose());
    }
}
