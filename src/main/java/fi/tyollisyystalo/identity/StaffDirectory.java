package fi.tyollisyystalo.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.security.AnyStaff;
import fi.tyollisyystalo.base.security.SignedIn;
import fi.tyollisyystalo.identity.internal.StaffMemberEntity;
import fi.tyollisyystalo.identity.internal.StaffMemberRepository;
import fi.tyollisyystalo.identity.internal.TeamEntity;
import fi.tyollisyystalo.identity.internal.TeamRepository;

/**
 * Who works here: staff as stored at their logins, with their teams, for choosing a colleague (assign a
 * request, pick a calendar) and for counting per team. Staff data, not client data: any staff member
 * may list colleagues.
 */
@Service
public class StaffDirectory {

    private final StaffMemberRepository members;
    private final TeamRepository teams;

    StaffDirectory(StaffMemberRepository members, TeamRepository teams) {
        this.members = members;
        this.teams = teams;
    }

    /** Every staff member with {@code role} (every staff member when null), by name. */
    @Transactional(readOnly = true)
    @AnyStaff
    public List<StaffMember> members(@Nullable String role) {
        Map<String, TeamEntity> byCode = teamsByCode();
        return members.findAllByOrderByDisplayNameAsc().stream()
                .filter(m -> role == null || m.roles().contains(role))
                .map(m -> toRecord(m, byCode)).toList();
    }

    /**
     * The display names of these staff members, by subject (those never signed in are left out): a plan's
     * reader names the partner professional who may read it.
     */
    @Transactional(readOnly = true)
    @SignedIn
    public Map<String, String> displayNames(java.util.Collection<String> subjects) {
        return members.findAllByOrderByDisplayNameAsc().stream().filter(m -> subjects.contains(m.subject()))
                .collect(Collectors.toMap(StaffMemberEntity::subject, StaffMemberEntity::displayName, (a, b) -> a));
    }

    /** The colleagues in the same team as {@code subject}, themself included. */
    @Transactional(readOnly = true)
    @AnyStaff
    public List<StaffMember> team(String subject) {
        String team = members.findBySubject(subject).map(StaffMemberEntity::teamCode).orElse(null);
        if (team == null) {
            return List.of();
        }
        Map<String, TeamEntity> byCode = teamsByCode();
        return members.findByTeamCodeOrderByDisplayNameAsc(team).stream().map(m -> toRecord(m, byCode)).toList();
    }

    /** Every registered team, by code, for choosing one (e.g. the statistics of a team). */
    @Transactional(readOnly = true)
    @AnyStaff
    public List<Team> teams() {
        return teams.findAll().stream().sorted(java.util.Comparator.comparing(TeamEntity::code))
                .map(t -> new Team(t.code(), t.name())).toList();
    }

    /** The team of a staff member as stored at their last login, for the service itself (statistics). */
    @Transactional(readOnly = true)
    @fi.tyollisyystalo.base.security.SystemOnly
    public java.util.Optional<String> teamCodeOf(String subject) {
        return members.findBySubject(subject).map(StaffMemberEntity::teamCode);
    }

    private Map<String, TeamEntity> teamsByCode() {
        return teams.findAll().stream().collect(Collectors.toMap(TeamEntity::code, Function.identity()));
    }

    private static StaffMember toRecord(StaffMemberEntity m, Map<String, TeamEntity> teams) {
        String code = m.teamCode();
        LocalizedText name = code == null ? null
                : teams.containsKey(code) ? teams.get(code).name() : new LocalizedText(code, code, code);
        return new StaffMember(m.subject(), m.displayName(), m.email(), m.roles(), code, name, m.lastLoginAt());
    }
}
