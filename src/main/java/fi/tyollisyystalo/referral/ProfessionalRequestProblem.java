package fi.tyollisyystalo.referral;

import java.util.List;

/** A field of a referral or consultation that can't be accepted as it is: the field and the message's key. */
public class ProfessionalRequestProblem extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> args;

    public ProfessionalRequestProblem(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
