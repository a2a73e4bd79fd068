package fi.tyollisyystalo.followup;

import java.time.LocalDate;

/**
 * A round of the partner professionals' survey for one team, open from {@code openedOn} to {@code closesOn}
 * (Helsinki days), and how many have answered (never who).
 */
public record StakeholderRound(long id, String teamCode, int formVersion, LocalDate openedOn, LocalDate closesOn,
        int answers) {

    public boolean openOn(LocalDate day) {
        return !day.isBefore(openedOn) && !day.isAfter(closesOn);
    }
}
