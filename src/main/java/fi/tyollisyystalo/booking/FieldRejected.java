package fi.tyollisyystalo.booking;

/** A form value that is not right: which field, and the translation key of what to do. */
public class FieldRejected extends RuntimeException {

    private final String field;

    public FieldRejected(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
