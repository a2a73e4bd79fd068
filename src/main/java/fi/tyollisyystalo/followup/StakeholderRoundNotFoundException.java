package fi.tyollisyystalo.followup;

/** No open round of the stakeholder survey for the signed-in partner professional by this id (or none at all). */
public class StakeholderRoundNotFoundException extends RuntimeException {

    public StakeholderRoundNotFoundException(long id) {
        super("No open stakeholder survey round " + id + " for this partner");
    }
}
