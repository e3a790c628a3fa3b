package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Which merged events a query wants; every field is optional (null or empty: no constraint).
 *
 * @param bbox    {@code minLon, minLat, maxLon, maxLat}, or null
 * @param types   PLOVER types, any of which matches
 * @param actor   a part of an actor's or target's name, case-insensitive
 * @param country ISO 3166-1 alpha-2 code of the event's place
 * @param q       words that must all occur in the evidence, names or headlines, case-insensitive
 */
public record EventFilter(LocalDate from, LocalDate to, double[] bbox, List<String> types, String mode,
                          String actor, String country, String polarity, String q) {

    public static final EventFilter ALL = new EventFilter(null, null, null, List.of(), null, null, null, null, null);

    public EventFilter {
        types = List.copyOf(types);
        if (bbox != null && bbox.length != 4) {
            throw new IllegalArgumentException("bbox needs 4 numbers, got " + bbox.length);
        }
        bbox = bbox == null ? null : bbox.clone();
    }

    /** The same filter without its time range, for a timeline that shows what lies outside it. */
    public EventFilter withoutTime() {
        return new EventFilter(null, null, bbox, types, mode, actor, country, polarity, q);
    }
}
