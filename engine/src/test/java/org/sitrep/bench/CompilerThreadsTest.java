package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerThreadsTest {

    /** Linux's /proc/<pid>/task/<tid>/stat: the name in brackets, then the state; user and system ticks are fields 14 and 15, nice 19. */
    private static Path task(Path proc, String tid, String name, String utime, String stime, String nice) throws IOException {
        Path task = Files.createDirectories(proc.resolve(tid));
        Files.writeString(task.resolve("stat"), tid + " (" + name + ") S 1 1 1 0 -1 4194368 900 0 0 0 "
                + utime + " " + stime + " 0 0 20 " + nice + " 1 0");
        return task;
    }

    @Test
    void countsTheProcessorTimeOfTheJitCompilersThreadsOnly(@TempDir Path proc) throws IOException {
        Path compiler = task(proc, "101", "C2 CompilerThre", "731", "12", "0");
        Path worker = task(proc, "102", "pool-1-thread-1", "5000", "40", "0");

        assertEquals(743, CompilerThreads.compilerTicks(compiler));
        assertEquals(0, CompilerThreads.compilerTicks(worker));
        assertEquals(0, CompilerThreads.compilerTicks(proc.resolve("103")), "a thread that ended counts nothing");
    }

    @Test
    void readsANameWithBracketsAndSpacesAndTheNiceValue(@TempDir Path proc) throws IOException {
        Path odd = task(proc, "104", "a (b) c", "1", "2", "7");

        assertFalse(CompilerThreads.isCompiler(odd));
        assertEquals(Optional.of(7), CompilerThreads.nice(odd));
        assertEquals(Optional.empty(), CompilerThreads.nice(proc.resolve("105")));
        assertEquals(List.of(), CompilerThreads.tasks(proc.resolve("no such folder")));
    }

    @Test
    void lowersThePriorityOfThisJvmsCompilerThreads() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        assertTrue(CompilerThreads.renice(CompilerThreads.NICE), "renice ran");
        CompilerThreads.yieldTo(2);

        List<Path> compilers = CompilerThreads.tasks(Path.of("/proc/self/task")).stream()
                .filter(CompilerThreads::isCompiler).toList();
        assertTrue(compilers.size() >= 1, "this JVM has a JIT compiler thread");
        for (Path task : compilers) {
            assertEquals(Optional.of(CompilerThreads.NICE), CompilerThreads.nice(task), task.toString());
        }
        assertEquals(Optional.of(CompilerThreads.NICE), CompilerThreads.nice());
    }
}
