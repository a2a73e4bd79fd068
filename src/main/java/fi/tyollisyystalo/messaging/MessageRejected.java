package fi.tyollisyystalo.messaging;

/**
 * A subject, message or file that cannot be sent as it is; the view shows {@link #messageKey()} at the
 * field and keeps what was typed.
 */
public class MessageRejected extends RuntimeException {

    /** The field that has the problem. */
    public enum Field {
        SUBJECT, BODY, ATTACHMENT
    }

    private final Field field;
    private final String reason;

    public MessageRejected(Field field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public Field field() {
        return field;
    }

    /** e.g. BLANK, TOO_LONG, TOO_LARGE, TYPE, DAMAGED. */
    public String reason() {
        return reason;
    }

    /** Translation key of the message at the field: {@code messages.error.<field>.<reason>}. */
    public String messageKey() {
        return "messages.error." + field.name().toLowerCase(java.util.Locale.ROOT) + "."
                + reason.toLowerCase(java.util.Locale.ROOT);
    }
}
