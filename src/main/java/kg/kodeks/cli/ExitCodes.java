package kg.kodeks.cli;

/** The exit codes of every command, in one place. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** The user can fix it: bad arguments, a malformed file, an unknown unit. */
    public static final int USER_ERROR = 1;
    /** A bug or an environment failure; run again with --debug for the stack trace. */
    public static final int INTERNAL = 2;

    private ExitCodes() {}
}
