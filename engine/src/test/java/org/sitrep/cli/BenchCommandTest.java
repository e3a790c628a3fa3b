package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.BenchReport;

class BenchCommandTest {

    private static BenchReport report(double compilerSeconds) {
        return report(compilerSeconds, 1, false);
    }

    private static BenchReport report(double compilerSeconds, int passes, boolean settled) {
        BenchReport.Run run = new BenchReport.Run("sitrep (full record)", 300, 0, 2400, 60_000, 8.0, 37.5, 300, 7500,
                10, 120, List.of(new BenchReport.StageTime("nlp", 4.0), new BenchReport.StageTime("extract", 3.9)),
                0.4, compilerSeconds);
        return new BenchReport("AMD EPYC, 2 cores", 1, 300, 100, passes, settled, 9.5, 6.8, 2L << 30, 2L << 30, 0.4, List.of(run), List.of(), false);
    }

    @Test
    void saysWhenTheJitCompilerWasStillBusyInTheTimedWindow() {
        String table = BenchCommand.table(report(6.6));
        assertTrue(table.contains("sitrep (full record)                      37.50"), table);
        assertTrue(table.contains("(collector 0.4, JIT compiler 6.6)"), table);
        assertTrue(table.contains("note: the JIT compiler was busy for 6.6 s of the engine's 8.0 s"), table);
    }

    @Test
    void staysQuietAboutACompilerThatHasDoneItsWork() {
        String table = BenchCommand.table(report(0.3));
        assertTrue(table.contains("JIT compiler 0.3"), table);
        assertFalse(table.contains("note:"), table);
    }

    @Test
    void namesTheWarmUpPassesAndWhetherTheCompilerSettled() {
        assertTrue(BenchCommand.table(report(0.3)).contains("warm-up 100 articles (9.5 s) excluded"));
        assertTrue(BenchCommand.table(report(0.3, 12, true))
                .contains("warm-up 100 articles x 12 passes, JIT compiler settled (9.5 s) excluded"));
        assertTrue(BenchCommand.table(report(2.0, 40, false))
                .contains("warm-up 100 articles x 40 passes, JIT compiler not yet settled (9.5 s) excluded"));
    }

    @Test
    void givesTwoThreadsOverOneInTokensForAScalingRun() {
        BenchReport.Run two = new BenchReport.Run("sitrep (full record), 2 threads", 100, 0, 800, 30_000, 1.0, 100, 800,
                30_000, 10, 90, List.of(), 0.1, 0.1);
        BenchReport.Run one = new BenchReport.Run("sitrep (full record), 1 thread", 100, 0, 800, 20_000, 2.0, 50, 400,
                10_000, 10, 90, List.of(), 0.1, 0.1);
        BenchReport r = new BenchReport("AMD EPYC, 2 cores", 2, 200, 100, 12, true, 60, 6.8, 2L << 30, 2L << 30, 0.2,
                List.of(two, one), List.of(), true);
        String table = BenchCommand.table(r);
        assertTrue(table.contains("2 threads over one: 3.00x (tokens/s"), table);
        assertFalse(table.contains("baseline"), table);
    }
}
