package fi.tyollisyystalo.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.NetworkPartner;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.followup.StakeholderTeams;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.StaffDirectory;

/**
 * The teams whose clients' networks name the signed-in partner professional (an entry not removed, the case open
 * or closed): the team of each such case's responsible worker. Only team codes leave: no client, no case.
 */
@Component
class PartnerTeams implements StakeholderTeams {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;

    PartnerTeams(JdbcTemplate jdbc, CurrentUser currentUser, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.staff = staff;
    }

    @Override
    @Transactional(readOnly = true)
    @NetworkPartner
    public Set<String> teamsOfSignedInPartner() {
        String me = currentUser.get().orElseThrow().subject();
        List<String> responsible = jdbc.queryForList("SELECT DISTINCT c.responsible_subject FROM case_network_member m"
                + " JOIN client_case c ON c.id = m.case_id WHERE m.staff_subject = ? AND m.removed_at IS NULL",
                String.class, me);
        // the teams as stored at each worker's last login: the service's own lookup
        return SystemActor.call(() -> responsible.stream().map(staff::teamCodeOf).flatMap(Optional::stream)
                .collect(Collectors.toSet()));
    }
}
