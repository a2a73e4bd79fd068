package fi.tyollisyystalo.followup;

import java.util.Set;

/**
 * Which teams' client networks the signed-in partner professional is named in (the teams whose stakeholder
 * survey rounds they may answer). The case feature knows the networks and implements it; the follow-up feature
 * cannot ask it directly (the case feature already depends on this one).
 */
public interface StakeholderTeams {

    /** The codes of the teams responsible for a case in whose network the signed-in partner is named. */
    Set<String> teamsOfSignedInPartner();
}
