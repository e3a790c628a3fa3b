package org.sitrep.cli;

/** Whether standard output or error is a terminal: the launcher tells us, since the JVM cannot see it alone. */
final class Terminal {
    private Terminal() {
    }

    static boolean stdoutIsTerminal() {
        String hint = System.getenv("SITREP_STDOUT_TTY");
        if (hint != null) {
            return hint.equals("1");
        }
        return System.console() != null;
    }

    static boolean stderrIsTerminal() {
        String hint = System.getenv("SITREP_STDERR_TTY");
        return hint != null ? hint.equals("1") : System.console() != null;
    }
}
