package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Gold items paired one-to-one with predictions, and the score that follows. Required gold items
 * are paired first; optional ones ("neither required nor penalised") then take what is left, and a
 * prediction that pairs with an optional item, or that could only have, is ignored rather than
 * counted wrong. Immutable.
 *
 * @param predOfGold for each gold item, the index of its prediction, or -1
 * @param goldOfPred for each prediction, the index of its gold item, or -1
 */
record Pairing(int[] predOfGold, int[] goldOfPred, Score score) {

    /** How strongly gold item {@code g} and prediction {@code p} pair; 0 or less when they do not. */
    @FunctionalInterface
    interface Affinity {
        double of(int g, int p);
    }

    /**
     * @param optional        which gold items are optional
     * @param repeatsIgnored  whether a prediction that pairs only with an already paired gold item
     *                        is ignored (events) rather than counted wrong (one-to-one names)
     */
    static Pairing of(boolean[] optional, int predictions, Affinity affinity, boolean repeatsIgnored) {
        int golds = optional.length;
        List<List<Integer>> required = new ArrayList<>();
        List<List<Integer>> optionals = new ArrayList<>();
        for (int g = 0; g < golds; g++) {
            List<Integer> c = candidates(g, predictions, affinity);
            required.add(optional[g] ? List.of() : c);
            optionals.add(optional[g] ? c : List.of());
        }
        int[] first = OneToOne.match(required, predictions, null);
        boolean[] taken = new boolean[predictions];
        for (int p : first) {
            if (p >= 0) {
                taken[p] = true;
            }
        }
        int[] second = OneToOne.match(optionals, predictions, taken);
        int[] predOfGold = new int[golds];
        int[] goldOfPred = new int[predictions];
        Arrays.fill(goldOfPred, -1);
        int tp = 0;
        int requiredCount = 0;
        for (int g = 0; g < golds; g++) {
            predOfGold[g] = optional[g] ? second[g] : first[g];
            if (predOfGold[g] >= 0) {
                goldOfPred[predOfGold[g]] = g;
            }
            if (!optional[g]) {
                requiredCount++;
                tp += first[g] >= 0 ? 1 : 0;
            }
        }
        int fp = 0;
        for (int p = 0; p < predictions; p++) {
            if (goldOfPred[p] < 0 && !excused(p, optional, affinity, repeatsIgnored)) {
                fp++;
            }
        }
        return new Pairing(predOfGold, goldOfPred, new Score(tp, fp, requiredCount - tp));
    }

    private static boolean excused(int p, boolean[] optional, Affinity affinity, boolean repeatsIgnored) {
        for (int g = 0; g < optional.length; g++) {
            if ((optional[g] || repeatsIgnored) && affinity.of(g, p) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> candidates(int g, int predictions, Affinity affinity) {
        List<Integer> c = new ArrayList<>();
        for (int p = 0; p < predictions; p++) {
            if (affinity.of(g, p) > 0) {
                c.add(p);
            }
        }
        c.sort(Comparator.comparingDouble((Integer p) -> -affinity.of(g, p)));
        return c;
    }
}
