package org.sitrep.eval;

/** Told after each document is scored, so a caller can show progress; called from the evaluating thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void advanced(int done, int total);
}
