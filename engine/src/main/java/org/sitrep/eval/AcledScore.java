package org.sitrep.eval;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * ACLED sub-event types of many snippets, gold against predicted: accuracy, and F1 per type
 * averaged with the gold counts as weights (the CASE 2021 task's metric) or evenly (macro, over
 * every type that was either gold or predicted). A snippet with no predicted type is wrong. Immutable.
 */
public record AcledScore(List<Label> labels) {

    /** One snippet: its gold type and the predicted one (null when the engine gave none). */
    public record Label(String gold, String predicted) {}

    public static final AcledScore NONE = new AcledScore(List.of());

    public AcledScore {
        labels = List.copyOf(labels);
    }

    public AcledScore plus(AcledScore o) {
        return new AcledScore(Stream.concat(labels.stream(), o.labels.stream()).toList());
    }

    public Tally accuracy() {
        int right = (int) labels.stream().filter(l -> Objects.equals(l.gold(), l.predicted())).count();
        return new Tally(right, labels.size());
    }

    public OptionalDouble weightedF1() {
        if (labels.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (String type : types()) {
            sum += support(type) * f1(type);
        }
        return OptionalDouble.of(sum / labels.size());
    }

    public OptionalDouble macroF1() {
        Set<String> types = types();
        if (types.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(types.stream().mapToDouble(this::f1).sum() / types.size());
    }

    /** The F1 of one type, taken as a yes/no label per snippet. */
    double f1(String type) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Label l : labels) {
            boolean gold = type.equals(l.gold());
            boolean pred = type.equals(l.predicted());
            tp += gold && pred ? 1 : 0;
            fp += !gold && pred ? 1 : 0;
            fn += gold && !pred ? 1 : 0;
        }
        return new Score(tp, fp, fn).f1().orElse(0);
    }

    private long support(String type) {
        return labels.stream().filter(l -> type.equals(l.gold())).count();
    }

    private Set<String> types() {
        Set<String> out = new TreeSet<>();
        for (Label l : labels) {
            if (l.gold() != null) {
                out.add(l.gold());
            }
            if (l.predicted() != null) {
                out.add(l.predicted());
            }
        }
        return out;
    }
}
