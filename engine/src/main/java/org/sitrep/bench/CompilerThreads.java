package org.sitrep.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The JIT compiler's threads of this JVM, read from Linux's {@code /proc/self/task}: the processor
 * time they use, and their scheduling priority.
 *
 * <p>On a machine with as many workers as cores, the compiler's threads take a core's share from
 * the workers for as long as it has methods to compile, some 30 s of a core for this code base.
 * At a lower priority it runs in what the workers leave, and finishes later. Elsewhere than Linux
 * there is nothing to read or lower.
 */
public final class CompilerThreads {

    /**
     * The nice value sitrep gives the compiler's threads. At 5 they get a third of a worker's share
     * of a busy core; at 10 a tenth, too little to compile the hot methods of a run from a cold start.
     */
    public static final int NICE = 5;
    /** Clock ticks per second in /proc's times: 100 on every Linux architecture the JVM runs on. */
    private static final long CLOCK_TICKS = 100;
    private static final Path TASKS = Path.of("/proc/self/task");

    private CompilerThreads() {
    }

    /**
     * Milliseconds of processor time the compiler's threads have used so far; 0 where /proc is
     * missing. The JVM's own compilation-time counter is not used: it adds up each compilation's
     * wall time, which grows when the compiler waits for a core.
     */
    public static long cpuMillis() {
        long ticks = 0;
        for (Path task : tasks(TASKS)) {
            ticks += compilerTicks(task);
        }
        return ticks * 1000 / CLOCK_TICKS;
    }

    /**
     * Lowers the compiler's threads to {@link #NICE} when a run has {@code workers} of them, two or
     * more, to take the cores. Best effort: where this cannot be done the compiler keeps its
     * priority, which costs speed, never records, and the benchmark's machine line shows the
     * compiler's nice value. Called once the first article is done, so that start-up, when the
     * models load on several threads, keeps the compiler at full speed.
     */
    public static void yieldTo(int workers) {
        if (workers > 1) {
            renice(NICE);
        }
    }

    /**
     * Gives the compiler's threads the nice value {@code nice} with Linux's {@code renice}. Threads
     * the compiler starts later inherit it from the compiler thread that starts them.
     *
     * @return whether renice ran and lowered them all; false also where there is no /proc
     */
    static boolean renice(int nice) {
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        for (Path task : tasks(TASKS)) {
            if (isCompiler(task)) {
                command.add(task.getFileName().toString());
            }
        }
        if (command.size() == 4) {
            return false;
        }
        try {
            Process renice = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(10, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException e) {
            return false; // no renice on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The nice value of the compiler's threads (of the first one listed), or empty where /proc is missing. */
    public static Optional<Integer> nice() {
        return tasks(TASKS).stream().map(Stat::of).flatMap(Optional::stream).filter(Stat::compiler).findFirst()
                .map(Stat::nice);
    }

    /** The nice value of the thread whose /proc task folder this is, or empty if it ended. */
    static Optional<Integer> nice(Path task) {
        return Stat.of(task).map(Stat::nice);
    }

    /** A thread's user and system clock ticks if it is one of the JIT compiler's, else 0. */
    static long compilerTicks(Path task) {
        return Stat.of(task).filter(Stat::compiler)
                .map(s -> Long.parseLong(s.fields[11]) + Long.parseLong(s.fields[12])).orElse(0L);
    }

    static boolean isCompiler(Path task) {
        return Stat.of(task).filter(Stat::compiler).isPresent();
    }

    static List<Path> tasks(Path folder) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(folder)) {
            tasks.forEach(out::add);
        } catch (IOException | RuntimeException e) {
            // not Linux: no threads to read
        }
        return out;
    }

    /** A thread's name and the fields of its stat after the name: the state first, user time at 11, nice at 16. */
    private record Stat(String name, String[] fields) {

        static Optional<Stat> of(Path task) {
            try {
                String stat = Files.readString(task.resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) {
                    return Optional.empty();
                }
                return Optional.of(new Stat(stat.substring(open + 1, close), stat.substring(close + 2).split(" ")));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // the thread ended while listed
            }
        }

        int nice() {
            return Integer.parseInt(fields[16]);
        }

        boolean compiler() {
            return name.matches("C\\d CompilerThre.*");
        }
    }
}
