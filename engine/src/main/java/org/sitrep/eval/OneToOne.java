package org.sitrep.eval;

import java.util.Arrays;
import java.util.List;

/**
 * A maximum one-to-one matching between gold items and predictions (augmenting paths), so that
 * one greedy choice never costs a match that another pairing would have made. Candidates are
 * tried in the order given, which lets callers prefer stronger pairs. Thread-safe.
 */
final class OneToOne {

    private OneToOne() {
    }

    /**
     * @param candidates for each gold item, the indices of predictions it may pair with, best first
     * @param predictions how many predictions there are
     * @param taken predictions already used elsewhere, never paired here (may be null)
     * @return for each gold item, the index of its prediction, or -1
     */
    static int[] match(List<List<Integer>> candidates, int predictions, boolean[] taken) {
        int[] goldOf = new int[predictions];
        Arrays.fill(goldOf, -1);
        int[] predOf = new int[candidates.size()];
        Arrays.fill(predOf, -1);
        for (int g = 0; g < candidates.size(); g++) {
            augment(g, candidates, goldOf, predOf, new boolean[predictions], taken);
        }
        return predOf;
    }

    private static boolean augment(int g, List<List<Integer>> candidates, int[] goldOf, int[] predOf,
                                   boolean[] seen, boolean[] taken) {
        for (int p : candidates.get(g)) {
            if (seen[p] || (taken != null && taken[p])) {
                continue;
            }
            seen[p] = true;
            if (goldOf[p] < 0 || augment(goldOf[p], candidates, goldOf, predOf, seen, taken)) {
                goldOf[p] = g;
                predOf[g] = p;
                return true;
            }
        }
        return false;
    }
}
