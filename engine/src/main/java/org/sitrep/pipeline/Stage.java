package org.sitrep.pipeline;

/**
 * One step of the pipeline: a function between domain records that reports bad input as an
 * {@link Outcome.Rejected} or as warnings, and throws only on bugs.
 */
public interface Stage<I, O> {
    String name();

    Outcome<O> apply(I input);

    default <R> Stage<I, R> then(Stage<O, R> next) {
        Stage<I, O> first = this;
        return new Stage<>() {
            @Override
            public String name() {
                return first.name() + " > " + next.name();
            }

            @Override
            public Outcome<R> apply(I input) {
                return first.apply(input).flatMap(next::apply);
            }
        };
    }
}
