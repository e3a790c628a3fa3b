package org.sitrep.model;

import java.util.List;

/**
 * A place the article names.
 *
 * @param lat        WGS84 latitude of the place, or of the smallest enclosing unit known; null if unknown
 * @param precision  the unit that {@code lat}/{@code lon} really stand for
 * @param gazetteer  source and id ({@code geonames:170794}), or null when nothing matched
 */
public record Place(String id, String name, PlaceKind kind, String country, String admin1,
                    Double lat, Double lon, PlaceKind precision, String gazetteer,
                    List<String> aliases, List<Span> mentions) {
    public Place {
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("place " + name + ": lat and lon go together");
        }
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
