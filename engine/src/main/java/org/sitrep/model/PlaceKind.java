package org.sitrep.model;

/** What sort of place a {@link Place} is (and what its coordinates stand for, as precision). */
public enum PlaceKind {
    COUNTRY, ADMIN1, ADMIN2, LOCALITY, SITE, REGION;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PlaceKind parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
