package org.sitrep.extract.place;

import org.sitrep.model.PlaceKind;
import org.sitrep.resolve.Country;
import org.sitrep.resolve.geo.GeoEntry;
import org.sitrep.resolve.geo.Region;

/**
 * One place a toponym may denote: a gazetteer entry, a country or a region (exactly one is set).
 *
 * @param fuzzy found by transliteration skeleton rather than by name
 */
record Candidate(GeoEntry entry, Country country, Region region, boolean fuzzy) {

    static Candidate of(GeoEntry e, boolean fuzzy) {
        return new Candidate(e, null, null, fuzzy);
    }

    static Candidate of(Country c) {
        return new Candidate(null, c, null, false);
    }

    PlaceKind kind() {
        return entry != null ? entry.kind() : country != null ? PlaceKind.COUNTRY : PlaceKind.REGION;
    }

    String countryCode() {
        return entry != null ? entry.country() : country != null ? country.iso2() : region.country();
    }

    double lat() {
        return entry != null ? entry.lat() : country != null ? country.lat() : region.lat();
    }

    double lon() {
        return entry != null ? entry.lon() : country != null ? country.lon() : region.lon();
    }

    /** What identifies the place across names: the gazetteer id, the country code or the region. */
    String identity() {
        return entry != null ? entry.id() : country != null ? "iso3166:" + country.iso2() : "region:" + region.name();
    }
}
