package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcledScoreTest {

    @Test
    void weightedAndMacroF1OverSubEventTypes() {
        AcledScore s = new AcledScore(List.of(
                new AcledScore.Label("Armed clash", "Armed clash"),
                new AcledScore.Label("Armed clash", "Armed clash"),
                new AcledScore.Label("Armed clash", "Attack"),
                new AcledScore.Label("Attack", "Attack"),
                new AcledScore.Label("Peaceful protest", null)));
        // Armed clash: P 1, R 2/3, F1 0.8 (3 gold). Attack: P 1/2, R 1, F1 2/3 (1). Protest: F1 0 (1).
        assertEquals((3 * 0.8 + 2.0 / 3) / 5, s.weightedF1().getAsDouble(), 1e-9);
        assertEquals((0.8 + 2.0 / 3) / 3, s.macroF1().getAsDouble(), 1e-9);
        assertEquals(new Tally(3, 5), s.accuracy());
    }

    @Test
    void labelIsTheMostConfidentPredictedEventWithAnAcledType() {
        String gold = "{'annotated':{'parts':['acled']},'events':[{'id':'E1','acled':{'event_type':'Battles','sub_event_type':'Armed clash'}}]}";
        String pred = "{'events':["
                + "{'id':'E1','confidence':0.9,'acled':null},"
                + "{'id':'E2','confidence':0.4,'acled':{'sub_event_type':'Attack'}},"
                + "{'id':'E3','confidence':0.7,'acled':{'sub_event_type':'Armed clash'}}]}";
        DocumentScore d = Records.score(gold, pred);
        assertEquals(new AcledScore.Label("Armed clash", "Armed clash"), d.acled().labels().get(0));
        assertEquals(null, d.events());
    }
}
