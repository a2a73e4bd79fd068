package fi.tyollisyystalo.servicemap;

import java.util.Map;

/** An editor's input that cannot be saved: field name → translation key of the message at the field. */
public class ServiceValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public ServiceValidationException(Map<String, String> fieldErrors) {
        super("Invalid service fields: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
