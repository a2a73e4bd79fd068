package fi.tyollisyystalo.identity;

import java.util.Map;

/** Bad input in a profile change: field name → translation key of the message shown at the field. */
public class ProfileValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public ProfileValidationException(Map<String, String> fieldErrors) {
        super("Invalid profile fields: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
