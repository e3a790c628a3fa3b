package org.sitrep.resolve.geo;

import org.sitrep.model.PlaceKind;

/**
 * One gazetteer entry: a populated place, or a first- or second-level administrative unit.
 *
 * @param index       position in the gazetteer, stable for one index build
 * @param id          source and id: {@code geonames:170794}, {@code geonames-admin1:SY.07}, or
 *                    {@code geonames-admin2:US.TN.107}
 * @param kind        {@code LOCALITY}, {@code ADMIN1} or {@code ADMIN2}
 * @param admin1      name of the enclosing first-level unit (its own name for a unit), or null
 * @param featureCode GeoNames feature code ({@code PPLC} capital, {@code PPLA} seat of a unit, ...)
 */
public record GeoEntry(int index, String id, String name, PlaceKind kind, String country, String admin1,
                       double lat, double lon, long population, String featureCode) {

    public boolean isCapital() {
        return featureCode.equals("PPLC");
    }

    /** Seat of a first- or second-level unit. */
    public boolean isSeat() {
        return featureCode.equals("PPLA") || featureCode.equals("PPLA2");
    }
}
