package fi.tyollisyystalo.referral;

/** No such contact request (or draft) for this user: someone else's is not found either. */
public class ContactRequestNotFoundException extends RuntimeException {

    public ContactRequestNotFoundException(long id) {
        super("Contact request " + id + " not found");
    }
}
