package org.sitrep.eval;

import java.util.OptionalDouble;

/** Right answers out of the cases that were checked; the accuracy is "n/a" when none were. Immutable. */
public record Tally(int right, int total) {

    public static final Tally NONE = new Tally(0, 0);

    public Tally {
        if (right < 0 || total < right) {
            throw new IllegalArgumentException("bad tally " + right + "/" + total);
        }
    }

    public static Tally of(boolean right) {
        return new Tally(right ? 1 : 0, 1);
    }

    public Tally plus(Tally o) {
        return new Tally(right + o.right, total + o.total);
    }

    public OptionalDouble accuracy() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) right / total);
    }
}
