package fi.tyollisyystalo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.healthcheck.DraftCheck;
import fi.tyollisyystalo.healthcheck.HealthCheckNotFoundException;
import fi.tyollisyystalo.healthcheck.HealthCheckSharing;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.identity.internal.TestLogins;

/** The consent centre: every consent of the resident in one list, and a withdrawal there works at once. */
@IntegrationTest
class ConsentCentreIT {

    @Autowired ApplicationContext context;
    @Autowired Consents consents;
    @Autowired PersonService persons;
    @Autowired ResidentHealthChecks healthChecks;
    @Autowired HealthCheckSharing sharing;

    @BeforeEach
    void sameSecurityContextAsTheApplication() {
        TestLogins.useStrategyOf(context);
    }

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    @Test
    void the_centre_lists_every_consent_and_a_withdrawal_there_closes_the_result_to_staff_at_once() {
        long me = TestLogins.resident(context, "170994-9471", "Helmi", "Harkitseva");
        DraftCheck draft = healthChecks.startOrResume();
        SampleAnswers.withFindings().forEach((q, v) -> healthChecks.saveAnswer(draft.id(), q, v));
        long checkId = healthChecks.submit(draft.id()).id();
        sharing.shareWithTeam(checkId);
        persons.updateMyProfile(new ProfileUpdate("fi", "helmi@example.fi", null, true));

        var mine = consents.mine();
        assertThat(mine).extracting(ConsentRecord::kind)
                .containsExactlyInAnyOrder(ConsentKind.HEALTH_CHECK_SHARE, ConsentKind.NOTIFICATIONS);
        assertThat(mine).allSatisfy(c -> {
            assertThat(c.personId()).isEqualTo(me);
            assertThat(c.inForce()).isTrue();
        });
        ConsentRecord share = mine.stream().filter(c -> c.kind() == ConsentKind.HEALTH_CHECK_SHARE).findFirst()
                .orElseThrow();
        assertThat(share.subjectId()).isEqualTo(checkId);
        assertThat(share.scope()).isEqualTo(ConsentScope.TEAM);

        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        assertThat(sharing.sharedResult(checkId).id()).isEqualTo(checkId);
        // staff can't list or withdraw a resident's consents
        assertThatThrownBy(() -> consents.withdraw(share.id())).isInstanceOf(AccessDeniedException.class);

        // another resident can't withdraw Helmi's consent: it is simply not found
        TestLogins.resident(context, "180895-9485", "Kalle", "Kurkistaja");
        assertThatThrownBy(() -> consents.withdraw(share.id())).isInstanceOf(UnknownConsentException.class);

        TestLogins.resident(context, "170994-9471", "Helmi", "Harkitseva");
        assertThat(consents.withdraw(share.id()).inForce()).isFalse();
        assertThat(consents.mine()).filteredOn(c -> c.id() == share.id()).singleElement()
                .satisfies(c -> assertThat(c.withdrawnAt()).isNotNull());
        assertThat(sharing.myShareConsent(checkId).active()).isFalse();
        assertThat(persons.myProfile().notificationConsentAt()).isNotNull();

        TestLogins.staff("coordinator-1", "Kaisa Koordinaattori", "COORDINATOR");
        assertThatThrownBy(() -> sharing.sharedResult(checkId)).isInstanceOf(HealthCheckNotFoundException.class);
    }
}
