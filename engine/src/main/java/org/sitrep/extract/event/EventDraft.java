package org.sitrep.extract.event;

import java.util.List;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;

/**
 * An event as one clause tells it, before the same happening told twice is merged.
 *
 * @param anaphoric a definite singular noun with no target of its own ("the attack", "this
 *                  explosion", "police attributed the attack to X"): it refers back to a
 *                  happening told before, and may add who did it
 */
record EventDraft(Trigger trigger, int sentence, int token, String actor, String target, String place,
                  String date, String datePrecision, List<Quantity> quantities, Integer fatalities,
                  String reportedBy, Polarity polarity, double confidence, boolean anaphoric) {
    EventDraft {
        quantities = List.copyOf(quantities);
    }
}
