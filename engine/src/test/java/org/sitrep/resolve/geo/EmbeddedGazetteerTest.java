package org.sitrep.resolve.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceKind;

/** The real index the build leaves on the classpath. */
class EmbeddedGazetteerTest {

    private final Gazetteer g = Gazetteer.embedded();

    @Test
    void holdsTheGeoNamesPlacesAndUnits() {
        assertTrue(g.size() - g.units() - g.units2() > 190_000, "cities500 has about 200,000 places");
        assertTrue(g.units() > 3_000, "admin1 units of every country");
        assertTrue(g.units2() > 20_000, "admin2 units that have places");
    }

    @Test
    void findsACapitalByName() {
        GeoEntry e = g.byName("Ouagadougou").stream().max(Comparator.comparingLong(GeoEntry::population)).orElseThrow();
        assertEquals("BF", e.country());
        assertTrue(e.isCapital());
        assertEquals(12.37, e.lat(), 0.05);
        assertEquals(-1.53, e.lon(), 0.05);
    }

    @Test
    void findsAnotherTransliterationByAlternateNameOrSkeleton() {
        assertTrue(g.byName("Qandahar").stream().anyMatch(e -> e.country().equals("AF")));
        assertTrue(g.bySkeleton("Qandahaar").stream().anyMatch(e -> e.country().equals("AF")));
    }

    @Test
    void firstLevelUnitsHaveACentreInsideTheirCountry() {
        GeoEntry unit = g.byName("Latakia").stream().filter(e -> e.kind() == PlaceKind.ADMIN1).findFirst()
                .orElseThrow();
        assertEquals("SY", unit.country());
        assertTrue(unit.lat() > 35 && unit.lat() < 36.2 && unit.lon() > 35.6 && unit.lon() < 36.5, unit.toString());
    }
}
