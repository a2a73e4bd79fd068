package fi.tyollisyystalo.casework;

/** Addresses of the case pages, for links from other modules; paths are without the leading slash. */
public final class CasePages {

    /** Staff: the cases they are responsible for and the evaluations coming due; one case follows its id. */
    public static final String STAFF = "staff/cases";
    /** The resident's own plan. */
    public static final String MINE = "my-plan";
    /** A partner professional: the clients who opened their plan to them; one plan follows the case id. */
    public static final String NETWORK = "staff/network";
    /** A manager: the team's interim evaluations due and overdue. */
    public static final String TEAM_EVALUATIONS = "staff/evaluations";

    private CasePages() {
    }

    public static String staff(long caseId) {
        return STAFF + "/" + caseId;
    }

    public static String shared(long caseId) {
        return NETWORK + "/" + caseId;
    }
}
