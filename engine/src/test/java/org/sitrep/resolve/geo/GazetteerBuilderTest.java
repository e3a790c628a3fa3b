package org.sitrep.resolve.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PlaceKind;

/** The index built from hand-made GeoNames lines (invented places), and its round trip. */
class GazetteerBuilderTest {

    /** GeoNames cities columns: id, name, ascii, alternates, lat, lon, class, code, cc, cc2, admin1, ..., pop. */
    static final String CITIES = String.join("\n",
            row(1, "Qasr Zawiya", "Qasr az-Zawiya,Kasr Zawiyah,قصر", 34.0, 40.0, "PPLA", "XA", "07", 90000),
            row(2, "Tell Nadir", "", 34.4, 40.6, "PPL", "XA", "07", 800),
            row(3, "Tell Nadir", "", 12.0, 12.0, "PPL", "XB", "01", 40000),
            row(4, "Bayt Harun", "Beit Haroun", 30.0, 30.0, "PPLC", "XB", "01", 2000000).replace("\t01\t\t", "\t01\t005\t"),
            row(5, "Ain Safra", "", 34.2, 39.0, "PPL", "XA", "07", 600),
            "not a row");
    static final String UNITS = "[{\"code\":\"XA.07\",\"name\":\"Qasr Zawiya Governorate\"},"
            + "{\"code\":\"XB.01\",\"name\":\"Harun\"},{\"code\":\"XB.09\",\"name\":\"Empty\"}]";

    static final String UNITS2 = "[{\"code\":\"XB.01.005\",\"name\":\"Haroun County\"}]";

    static String row(int id, String name, String alternates, double lat, double lon, String code, String cc,
                      String admin1, long population) {
        return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat),
                String.valueOf(lon), "P", code, cc, "", admin1, "", "", "", String.valueOf(population), "", "0",
                "Etc/UTC", "2024-01-01");
    }

    static Gazetteer small() throws IOException {
        return GazetteerBuilder.build(new StringReader(CITIES), new StringReader(UNITS), new StringReader(UNITS2));
    }

    @Test
    void filesPlacesUnderTheirNamesAndAlternateNames() throws IOException {
        Gazetteer g = small();
        assertEquals(5, g.size() - g.units() - g.units2());
        assertEquals(2, g.units(), "a unit without places has no centre and is left out");
        assertEquals(1, g.units2());
        GeoEntry e = g.byName("Beit Haroun").get(0);
        assertEquals("Bayt Harun", e.name());
        assertEquals("geonames:4", e.id());
        assertEquals("XB", e.country());
        assertEquals("Harun", e.admin1());
        assertTrue(e.isCapital());
        assertEquals(2, g.byName("tell nadir").size());
        assertTrue(g.byName("Nowhere").isEmpty());
    }

    @Test
    void unitsHaveTheirBareNameAndACentreFromTheirPlaces() throws IOException {
        Gazetteer g = small();
        List<GeoEntry> units = g.byName("Qasr Zawiya").stream().filter(x -> x.kind() == PlaceKind.ADMIN1).toList();
        assertEquals(1, units.size(), "the unit word is not part of the name");
        GeoEntry unit = units.get(0);
        assertEquals("geonames-admin1:XA.07", unit.id());
        assertEquals(34.2, unit.lat(), 1e-4, "middle of 34.0..34.4");
        assertEquals(39.8, unit.lon(), 1e-4, "middle of 39.0..40.6");
        assertEquals(91400, unit.population());
        assertEquals(unit, g.unit("XA.07"));
    }

    @Test
    void secondLevelUnitsLieInTheirFirstLevelUnit() throws IOException {
        Gazetteer g = small();
        GeoEntry county = g.byName("Haroun").stream().filter(x -> x.kind() == PlaceKind.ADMIN2).findFirst()
                .orElseThrow();
        assertEquals("geonames-admin2:XB.01.005", county.id());
        assertEquals("Harun", county.admin1());
        assertEquals("geonames-admin1:XB.01", g.unitOf(county).id());
        assertEquals(30.0, county.lat(), 1e-4);
    }

    @Test
    void aUnitNamedAfterItsSeatTakesTheSeatsSpellings() throws IOException {
        Gazetteer g = small();
        assertTrue(g.byName("Kasr Zawiyah").stream().anyMatch(x -> x.kind() == PlaceKind.ADMIN1));
    }

    @Test
    void skeletonFindsOtherTransliterations() throws IOException {
        Gazetteer g = small();
        assertTrue(g.byName("Qasr al-Zawiyah").isEmpty());
        assertTrue(g.bySkeleton("Qasr al-Zawiyah").stream().anyMatch(x -> x.id().equals("geonames:1")));
    }

    @Test
    void survivesAWriteAndReadRoundTrip() throws IOException {
        Gazetteer g = small();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(g.write());
        }
        Gazetteer back = Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(g.size(), back.size());
        for (int i = 0; i < g.size(); i++) {
            assertEquals(g.entry(i), back.entry(i));
        }
        assertEquals(g.byName("Beit Haroun"), back.byName("Beit Haroun"));
        assertNotNull(back.unit("XB.01"));
    }
}
