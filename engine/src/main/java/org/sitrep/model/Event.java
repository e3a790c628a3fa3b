package org.sitrep.model;

import java.util.List;

/**
 * One happening the article asserts, denies, supposes or reports as planned.
 *
 * @param actor      id of the actor who does it, or null
 * @param target     id of the actor it is done to, or null
 * @param place      id of the place where it happens, or null
 * @param date       ISO date as precise as the text allows ({@code 2019-02-17}, {@code 2018-12}), or null
 * @param reportedBy id of the actor whose claim it is, or null when the paper asserts it
 */
public record Event(String id, EventType type, String mode, String cameo, AcledType acled,
                    String actor, String target, String place, String date, String datePrecision,
                    List<Quantity> quantities, Integer fatalities, String reportedBy,
                    Polarity polarity, Evidence evidence, double confidence) {
    public Event {
        quantities = List.copyOf(quantities);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
