package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: news articles in, structured event records out. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news articles into structured, geolocated, time-stamped event records (sitrep/1).",
        subcommands = {ExtractCommand.class, IngestCommand.class, ServeCommand.class, DemoCommand.class, ReadCommand.class,
                EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to check output and exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("sitrep: internal error: " + ex);
            if (System.getenv("SITREP_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
