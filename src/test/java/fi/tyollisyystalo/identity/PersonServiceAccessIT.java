package fi.tyollisyystalo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.AuditQuery;
import fi.tyollisyystalo.identity.internal.TestLogins;

/** Who may reach a person's data through the service, and that every reach leaves an audit record. */
@IntegrationTest
class PersonServiceAccessIT {

    @Autowired ApplicationContext context;
    @Autowired PersonService persons;
    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    @Test
    void method_security_is_on_for_services() {
        TestLogins.anonymous();
        assertThatThrownBy(() -> persons.myProfile()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> auditLog.search(new AuditQuery(null, null, null, null), PageRequest.of(0, 5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void resident_reads_only_their_own_profile_and_the_read_is_audited() {
        TestLogins.resident(context, "230778-9442", "Outi", "Omanen");
        long other = TestLogins.resident(context, "110290-952M", "Ville", "Vieras");
        long me = TestLogins.resident(context, "230778-9442", "Outi", "Omanen");
        int before = auditCount(me);
        MyProfile profile = persons.myProfile();
        assertThat(profile.givenName()).isEqualTo("Outi");
        assertThat(profile.hetu()).isEqualTo("230778-9442");
        assertThat(auditCount(me)).isEqualTo(before + 1);
        assertThat(auditCount(other)).isZero();
    }

    @Test
    void resident_cannot_read_another_residents_access_log() {
        long victim = TestLogins.resident(context, "051088-9687", "Tiina", "Toinen");
        TestLogins.resident(context, "120367-933J", "Heikki", "Utelias");
        assertThatThrownBy(() -> auditLog.staffAccessesTo(victim, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_without_a_client_work_role_cannot_open_client_data() {
        TestLogins.staff("editor-1", "Olli Editori", "SERVICE_EDITOR");
        assertThatThrownBy(() -> persons.findClientByHetu("150385-9013", Purpose.CONTACT))
                .isInstanceOf(AccessDeniedException.class);
        TestLogins.staff("manager-1", "Marja Esihenkilö", "MANAGER");
        assertThatThrownBy(() -> persons.client(1, Purpose.CONTACT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void residents_cannot_use_staff_lookups() {
        TestLogins.resident(context, "120367-933J", "Heikki", "Utelias");
        assertThatThrownBy(() -> persons.findClientByHetu("051088-9687", Purpose.CONTACT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void coordinator_needs_a_purpose_and_the_look_shows_in_the_residents_who_has_seen_my_data() {
        long client = TestLogins.resident(context, "280884-971H", "Kalle", "Asiakas");
        TestLogins.staff("coordinator-7", "Kaisa Lehtonen", "COORDINATOR");
        assertThatThrownBy(() -> persons.findClientByHetu("280884-971H", null))
                .isInstanceOf(IllegalArgumentException.class);
        // a resident's own-data purpose does not open someone else's data
        assertThatThrownBy(() -> persons.findClientByHetu("280884-971H", Purpose.OWN_DATA))
                .isInstanceOf(IllegalArgumentException.class);
        ClientSummary found = persons.findClientByHetu("280884-971H", Purpose.CONTACT).orElseThrow();
        assertThat(found.personId()).isEqualTo(client);
        assertThat(found.maskedHetu()).isEqualTo("280884-****").doesNotContain("971H");

        TestLogins.resident(context, "280884-971H", "Kalle", "Asiakas");
        var seen = persons.whoHasSeenMyData(PageRequest.of(0, 10)).getContent();
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().staffName()).isEqualTo("Kaisa Lehtonen");
        assertThat(seen.getFirst().staffRole()).isEqualTo("COORDINATOR");
        assertThat(seen.getFirst().purpose()).isEqualTo("CONTACT");
    }

    @Test
    void bad_contact_details_are_refused_field_by_field_and_nothing_is_saved() {
        TestLogins.resident(context, "030993-9262", "Pia", "Puhelin");
        assertThatThrownBy(() -> persons.updateMyProfile(new ProfileUpdate("fi", "not-an-email", "abc", false)))
                .isInstanceOfSatisfying(ProfileValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("email", "phone", "consent"));
        assertThat(persons.myProfile().email()).isNull();
        persons.updateMyProfile(new ProfileUpdate("sv", "pia@example.fi", "040 123 4567", true));
        MyProfile after = persons.myProfile();
        assertThat(after.email()).isEqualTo("pia@example.fi");
        assertThat(after.preferredLanguage()).isEqualTo("sv");
        assertThat(after.notificationConsentAt()).isNotNull();
    }

    private int auditCount(long personId) {
        Integer n = jdbc.queryForObject("select count(*) from audit_event where subject_person_id = ?", Integer.class,
                personId);
        return n == null ? 0 : n;
    }
}
