package fi.tyollisyystalo.identity;

/** No consent of the signed-in resident's has this id. */
public class UnknownConsentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownConsentException(long id) {
        super("No such consent of the resident's: " + id);
    }
}
