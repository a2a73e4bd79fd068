package fi.tyollisyystalo.identity;

/**
 * A personal identity code that is not valid. The message names only the reason, never the code, so
 * the exception can be logged safely.
 */
public class InvalidHetuException extends RuntimeException {

    /** Which rule the code broke, for choosing a message shown to the user. */
    public enum Reason { FORMAT, DATE, CENTURY_SIGN, CHECK_CHARACTER }

    private final Reason reason;

    public InvalidHetuException(Reason reason) {
        super("Invalid personal identity code: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
