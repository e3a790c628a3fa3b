package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores places: found by shared name or gazetteer id, then right when the coordinates lie within
 * a distance that grows with the gold place's kind. Thread-safe.
 */
final class PlaceScorer {

    /** What the geoparsing field uses when nothing says how big the place is: 100 miles. */
    static final double DEFAULT_TOLERANCE_KM = 161;
    /** The error charged to a matched place the engine gave no coordinates: half the Earth round. */
    static final double MISSING_KM = 20_038;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private PlaceScorer() {
    }

    static PlaceScore score(EntityMatcher places) {
        Tally kindTally = Tally.NONE;
        Tally within161 = Tally.NONE;
        List<Double> errors = new ArrayList<>();
        for (Entity[] pair : places.requiredPairs()) {
            Double gLat = JsonFields.number(pair[0].node(), "lat");
            Double gLon = JsonFields.number(pair[0].node(), "lon");
            if (gLat == null || gLon == null) {
                continue;
            }
            Double pLat = JsonFields.number(pair[1].node(), "lat");
            Double pLon = JsonFields.number(pair[1].node(), "lon");
            double km = pLat == null || pLon == null ? MISSING_KM : distanceKm(gLat, gLon, pLat, pLon);
            errors.add(km);
            kindTally = kindTally.plus(Tally.of(km <= toleranceKm(JsonFields.text(pair[0].node(), "kind"))));
            within161 = within161.plus(Tally.of(km <= DEFAULT_TOLERANCE_KM));
        }
        return new PlaceScore(places.score(), kindTally, within161, errors);
    }

    static double toleranceKm(String kind) {
        if (kind == null) {
            return DEFAULT_TOLERANCE_KM;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "locality", "site" -> 25;
            case "admin2" -> 50;
            case "admin1" -> 100;
            case "country", "region" -> 500;
            default -> DEFAULT_TOLERANCE_KM;
        };
    }

    /** Great-circle distance by the haversine formula, on a sphere of the Earth's mean radius. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
