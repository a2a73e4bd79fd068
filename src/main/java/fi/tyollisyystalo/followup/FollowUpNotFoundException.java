package fi.tyollisyystalo.followup;

/** No such follow-up, or not the signed-in resident's: the same answer for both, so ids reveal nothing. */
public class FollowUpNotFoundException extends RuntimeException {

    public FollowUpNotFoundException(long id) {
        super("No follow-up " + id);
    }
}
