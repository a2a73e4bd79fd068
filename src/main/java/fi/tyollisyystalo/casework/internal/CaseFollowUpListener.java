package fi.tyollisyystalo.casework.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.casework.CaseStepTaken;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.followup.FollowUps;

/**
 * A case that opens invites its client to the outcome questionnaire (PROM) at the start; a case that closes, to
 * the experience questionnaire (PREM) at the end. After the case's change has committed, from Spring Modulith's
 * event publication log (delivered again after a crash; inviting is idempotent per case). The PROM about six
 * months later is {@link FollowUpInvitations}' work.
 */
@Component
class CaseFollowUpListener {

    private final FollowUps followUps;

    CaseFollowUpListener(FollowUps followUps) {
        this.followUps = followUps;
    }

    @ApplicationModuleListener
    void on(CaseStepTaken event) {
        switch (event.step()) {
            case OPENED -> SystemActor.run(() -> followUps.invite(event.personId(), FollowUpForms.PROM,
                    FollowUpPurpose.PROM_START, event.caseId()));
            case CLOSED -> SystemActor.run(() -> followUps.invite(event.personId(), FollowUpForms.PREM,
                    FollowUpPurpose.PREM_END, event.caseId()));
            default -> {
                // the other steps ask nothing of the client
            }
        }
    }
}
