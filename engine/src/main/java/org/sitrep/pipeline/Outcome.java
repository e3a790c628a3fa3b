package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.model.Problem;

/** What a {@link Stage} made of its input: a value with warnings, or the reason it was rejected. */
public sealed interface Outcome<T> {

    record Ok<T>(T value, List<Problem> warnings) implements Outcome<T> {
        public Ok {
            warnings = List.copyOf(warnings);
        }
    }

    record Rejected<T>(Problem reason) implements Outcome<T> {}

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value, List.of());
    }

    static <T> Outcome<T> ok(T value, List<Problem> warnings) {
        return new Ok<>(value, warnings);
    }

    static <T> Outcome<T> rejected(Problem reason) {
        return new Rejected<>(reason);
    }

    /** Applies the next step to the value, keeping this step's warnings; a rejection short-circuits. */
    default <R> Outcome<R> flatMap(Function<T, Outcome<R>> f) {
        if (this instanceof Ok<T> ok) {
            Outcome<R> next = f.apply(ok.value());
            if (next instanceof Ok<R> nextOk) {
                List<Problem> all = new ArrayList<>(ok.warnings());
                all.addAll(nextOk.warnings());
                return new Ok<>(nextOk.value(), all);
            }
            return next;
        }
        return new Rejected<>(((Rejected<T>) this).reason());
    }

    default boolean isOk() {
        return this instanceof Ok<T>;
    }
}
