package fi.tyollisyystalo.casework;

/**
 * A change of the case or plan that cannot be made, with the reason as a translation key
 * ({@code case.refused.<REASON>}); the page says it and keeps what was typed.
 */
public class PlanRefused extends RuntimeException {

    public enum Reason {
        /** Someone else changed it after it was opened: nothing was lost, look and try again. */
        CHANGED,
        /** Done and cancelled items are kept as they are. */
        FINAL,
        /** An agreed item: the client may change only its status and comment. */
        AGREED,
        /** A field is empty or too long. */
        INVALID,
        /** The client already has an open case. */
        ALREADY_OPEN
    }

    private final Reason reason;

    public PlanRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "case.refused." + reason.name();
    }
}
