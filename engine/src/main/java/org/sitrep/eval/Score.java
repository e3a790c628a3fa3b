package org.sitrep.eval;

import java.util.OptionalDouble;

/**
 * Counts of one matching: found and right (tp), found and wrong (fp), missed (fn). Precision,
 * recall and F1 are empty ("n/a") only when there was nothing to find and nothing was found; an
 * engine that finds nothing where something was to find scores 0. Immutable.
 */
public record Score(int tp, int fp, int fn) {

    public static final Score NONE = new Score(0, 0, 0);

    public Score {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count " + tp + "/" + fp + "/" + fn);
        }
    }

    public Score plus(Score o) {
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public boolean isEmpty() {
        return tp + fp + fn == 0;
    }

    public OptionalDouble precision() {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(ratio(tp, tp + fp));
    }

    public OptionalDouble recall() {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(ratio(tp, tp + fn));
    }

    public OptionalDouble f1() {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(harmonic(ratio(tp, tp + fp), ratio(tp, tp + fn)));
    }

    static double harmonic(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0 : (double) num / den;
    }
}
