package org.sitrep.eval;

/** Quotes found, and how often the speaker of a found quote is right where the gold names one. Immutable. */
public record QuoteScore(Score match, Tally speaker) {

    public static final QuoteScore NONE = new QuoteScore(Score.NONE, Tally.NONE);

    public QuoteScore plus(QuoteScore o) {
        return new QuoteScore(match.plus(o.match), speaker.plus(o.speaker));
    }
}
