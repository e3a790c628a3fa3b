package org.sitrep.cli;

/** Exit codes every command shares. */
final class ExitCodes {
    static final int OK = 0;
    /** At least one input failed; the others were processed. */
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
