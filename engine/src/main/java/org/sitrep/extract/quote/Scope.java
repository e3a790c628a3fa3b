package org.sitrep.extract.quote;

import java.util.List;
import org.sitrep.model.Token;

/**
 * Which tokens count for one quotation: its own words, and those its speaker may be named in
 * (outside every quotation, or, for a nested one, inside the quotation holding it). Immutable.
 */
final class Scope {
    final QuoteSpan quote;
    private final QuoteSpan outer;
    private final List<QuoteSpan> topLevel;

    Scope(QuoteSpan quote, QuoteSpan outer, List<QuoteSpan> topLevel) {
        this.quote = quote;
        this.outer = outer;
        this.topLevel = topLevel;
    }

    boolean inside(Token t) {
        return quote.covers(t.start(), t.end());
    }

    /** A token outside the quote and its marks, in the text the speaker may be named in. */
    boolean usable(Token t) {
        if (t.end() > quote.open() && t.start() <= quote.close()) {
            return false;
        }
        if (outer != null) {
            return outer.covers(t.start(), t.end());
        }
        return !insideOther(t);
    }

    /** A token of another top-level quotation (or outside this one's enclosing one). */
    boolean insideOther(Token t) {
        if (outer != null) {
            return !outer.covers(t.start(), t.end());
        }
        for (QuoteSpan other : topLevel) {
            if (other != quote && t.end() > other.open() && t.start() <= other.close()) {
                return true;
            }
        }
        return false;
    }
}
