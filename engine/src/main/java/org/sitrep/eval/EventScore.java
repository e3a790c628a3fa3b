package org.sitrep.eval;

/**
 * Events found, by the loose rule (actors checked where both sides name one) and the strict rule
 * (every actor and target the gold names predicted and right), and, on the loosely matched pairs,
 * how often place, date and polarity agree where the gold gives them. Immutable.
 */
public record EventScore(Score loose, Score strict, Tally place, Tally date, Tally polarity) {

    public static final EventScore NONE = new EventScore(Score.NONE, Score.NONE, Tally.NONE, Tally.NONE, Tally.NONE);

    public EventScore plus(EventScore o) {
        return new EventScore(loose.plus(o.loose), strict.plus(o.strict), place.plus(o.place),
                date.plus(o.date), polarity.plus(o.polarity));
    }
}
