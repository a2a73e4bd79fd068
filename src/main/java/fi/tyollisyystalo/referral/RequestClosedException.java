package fi.tyollisyystalo.referral;

/** The request was already accepted, redirected or closed (by a colleague, perhaps): nothing more is done to it. */
public class RequestClosedException extends RuntimeException {

    private final ContactStatus status;

    public RequestClosedException(long id, ContactStatus status) {
        super("Contact request " + id + " is " + status);
        this.status = status;
    }

    public ContactStatus status() {
        return status;
    }
}
