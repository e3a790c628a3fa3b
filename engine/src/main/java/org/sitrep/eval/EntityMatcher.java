package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs gold and predicted actors (or places) one-to-one by any shared name, or by an equal
 * gazetteer id. Pairs sharing the canonical name or the gazetteer id are preferred, then pairs
 * sharing more names. The result also resolves predicted ids to gold ids, which events and quotes
 * use to check their actors and places. Immutable and thread-safe.
 */
final class EntityMatcher {

    private final List<Entity> gold;
    private final List<Entity> predicted;
    private final Pairing pairing;
    private final Map<String, Entity> resolved = new HashMap<>();

    private EntityMatcher(List<Entity> gold, List<Entity> predicted, Pairing pairing) {
        this.gold = List.copyOf(gold);
        this.predicted = List.copyOf(predicted);
        this.pairing = pairing;
        for (int p = 0; p < predicted.size(); p++) {
            int g = pairing.goldOfPred()[p];
            if (g >= 0 && predicted.get(p).id() != null) {
                resolved.put(predicted.get(p).id(), gold.get(g));
            }
        }
    }

    static EntityMatcher match(List<Entity> gold, List<Entity> predicted) {
        boolean[] optional = new boolean[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            optional[g] = gold.get(g).optional();
        }
        Pairing pairing = Pairing.of(optional, predicted.size(),
                (g, p) -> affinity(gold.get(g), predicted.get(p)), false);
        return new EntityMatcher(gold, predicted, pairing);
    }

    static double affinity(Entity g, Entity p) {
        double a = 0;
        for (String n : p.names()) {
            if (g.names().contains(n)) {
                a += 1;
            }
        }
        if (a > 0 && Objects.equals(TextNorm.normalise(g.name()), TextNorm.normalise(p.name()))) {
            a += 2;
        }
        if (g.gazetteer() != null && g.gazetteer().equals(p.gazetteer())) {
            a += 3;
        }
        return a;
    }

    Score score() {
        return pairing.score();
    }

    /** The gold item a predicted id resolves to, or null when it names none (or no predicted item). */
    Entity goldOf(String predictedId) {
        return predictedId == null ? null : resolved.get(predictedId);
    }

    /** The pairs of a required gold item and its prediction. */
    List<Entity[]> requiredPairs() {
        List<Entity[]> out = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int p = pairing.predOfGold()[g];
            if (p >= 0 && !gold.get(g).optional()) {
                out.add(new Entity[] {gold.get(g), predicted.get(p)});
            }
        }
        return out;
    }
}
