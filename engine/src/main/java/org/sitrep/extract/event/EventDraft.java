package org.sitrep.extract.event;

import java.util.List;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;

/**
 * An event as one clause tells it, before the same happening told twice is merged.
 *
 * @param anaphoric a definite noun that names no one ("the attack", "this explosion"): it refers
 *                  back to a happening told before
 */
record EventDraft(Trigger trigger, int sentence, int token, String actor, String target, String place,
                  String date, String datePrecision, List<Quantity> quantities, Integer fatalities,
                  String reportedBy, Polarity polarity, double confidence, boolean anaphoric) {
    EventDraft {
        quantities = List.copyOf(quantities);
    }
}
