package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.sitrep.eval.ProgressListener;

/**
 * One self-rewriting line on a terminal: items done, rate and time left. Given only when stdout is
 * a terminal, so piped output stays quiet. Thread-safe: workers may report from any thread.
 */
final class ProgressLine implements IntConsumer, ProgressListener {

    private final PrintWriter err;
    private final String label;
    private final int total;
    private final long start = System.nanoTime();

    ProgressLine(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    @Override
    public void accept(int done) {
        advanced(done, total);
    }

    @Override
    public synchronized void advanced(int done, int total) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        long eta = Math.round((total - done) / Math.max(rate, 1e-9));
        String line = String.format(Locale.ROOT, "  %s %d/%d  %.1f/s  ETA %dm%02ds ", label, done, total, rate,
                eta / 60, eta % 60);
        err.print("\r" + line);
        if (done >= total) {
            err.print("\r" + " ".repeat(line.length()) + "\r");
        }
        err.flush();
    }
}
