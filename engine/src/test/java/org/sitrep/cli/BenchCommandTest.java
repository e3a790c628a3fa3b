package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.BenchReport;

class BenchCommandTest {

    private static BenchReport report(double compilerSeconds) {
        BenchReport.Run run = new BenchReport.Run("sitrep (full record)", 300, 0, 2400, 60_000, 8.0, 37.5, 300, 7500,
                10, 120, List.of(new BenchReport.StageTime("nlp", 4.0), new BenchReport.StageTime("extract", 3.9)),
                0.4, compilerSeconds);
        return new BenchReport("AMD EPYC, 2 cores", 1, 300, 100, 9.5, 6.8, 2L << 30, 2L << 30, 0.4, List.of(run), List.of());
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
}
