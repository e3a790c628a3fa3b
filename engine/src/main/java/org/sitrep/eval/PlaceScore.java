package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Places found, and how far the coordinates of the found ones lie from the gold's.
 *
 * @param coordinates matched places within the tolerance of the gold place's kind
 * @param within161   matched places within 161 km (100 miles), the geoparsing field's figure
 * @param errorsKm    the error of every matched place that has gold coordinates
 */
public record PlaceScore(Score match, Tally coordinates, Tally within161, List<Double> errorsKm) {

    public static final PlaceScore NONE = new PlaceScore(Score.NONE, Tally.NONE, Tally.NONE, List.of());

    public PlaceScore {
        errorsKm = List.copyOf(errorsKm);
    }

    public PlaceScore plus(PlaceScore o) {
        List<Double> all = new ArrayList<>(errorsKm);
        all.addAll(o.errorsKm);
        return new PlaceScore(match.plus(o.match), coordinates.plus(o.coordinates), within161.plus(o.within161), all);
    }

    public OptionalDouble medianErrorKm() {
        if (errorsKm.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Double> sorted = errorsKm.stream().sorted().toList();
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }
}
