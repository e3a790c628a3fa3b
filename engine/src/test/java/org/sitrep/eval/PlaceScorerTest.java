package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.eval.Records.score;

import org.junit.jupiter.api.Test;

class PlaceScorerTest {

    @Test
    void toleranceGrowsWithTheGoldKind() {
        // Each prediction lies about 0.3 degrees of latitude (33 km) north of its gold place.
        String gold = "{'annotated':{'parts':['places']},'places':["
                + "{'id':'P1','name':'Aleppo','kind':'locality','lat':36.2,'lon':37.15},"
                + "{'id':'P2','name':'Idlib Governorate','kind':'admin1','lat':35.8,'lon':36.6},"
                + "{'id':'P3','name':'Raqqa','lat':35.95,'lon':39.0},"
                + "{'id':'P4','name':'Kobani','kind':'locality','lat':36.89,'lon':38.35}]}";
        String pred = "{'places':["
                + "{'id':'P1','name':'Aleppo','lat':36.5,'lon':37.15},"
                + "{'id':'P2','name':'Idlib Governorate','lat':36.1,'lon':36.6},"
                + "{'id':'P3','name':'Raqqa','lat':36.25,'lon':39.0},"
                + "{'id':'P4','name':'Kobani','lat':null,'lon':null}]}";
        PlaceScore p = score(gold, pred).places();
        assertEquals(new Score(4, 0, 0), p.match());
        assertEquals(new Tally(2, 4), p.coordinates());   // admin1 and no-kind pass; locality at 33 km fails
        assertEquals(new Tally(3, 4), p.within161());
        assertEquals(33.36, p.medianErrorKm().getAsDouble(), 0.1);   // middle of 33, 33, 33 and the missing one
    }

    @Test
    void matchesByGazetteerIdWhenNamesDiffer() {
        String gold = "{'annotated':{'parts':['places']},'places':[{'id':'P1','name':'Dayr az Zawr','gazetteer':'geonames:170794','lat':35.3,'lon':40.1}]}";
        String pred = "{'places':[{'id':'P1','name':'Deir ez-Zor','gazetteer':'geonames:170794','lat':35.3,'lon':40.1}]}";
        assertEquals(new Score(1, 0, 0), score(gold, pred).places().match());
    }

    @Test
    void haversineDistance() {
        assertEquals(111.2, PlaceScorer.distanceKm(0, 0, 1, 0), 0.1);
        assertEquals(25, PlaceScorer.toleranceKm("site"));
        assertEquals(50, PlaceScorer.toleranceKm("admin2"));
        assertEquals(500, PlaceScorer.toleranceKm("region"));
        assertEquals(161, PlaceScorer.toleranceKm(null));
    }
}
