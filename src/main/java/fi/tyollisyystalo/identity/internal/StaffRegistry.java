package fi.tyollisyystalo.identity.internal;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a staff member at their first login and refreshes them at every login. */
@Component
class StaffRegistry {

    private final StaffMemberRepository members;
    private final Clock clock;

    StaffRegistry(StaffMemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Transactional
    public StaffMemberEntity staffLoggedIn(String subject, String displayName, @Nullable String email,
            List<String> roles, @Nullable String teamCode) {
        StaffMemberEntity member = members.findBySubject(subject)
                .orElseGet(() -> members.save(new StaffMemberEntity(subject, clock.instant())));
        member.loggedIn(displayName, blankToNull(email), roles, blankToNull(teamCode), clock.instant());
        return member;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
