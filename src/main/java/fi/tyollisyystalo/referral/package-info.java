/**
 * Low-threshold contact with the work-ability coordinator: contact requests (today: a health check
 * submitted with the wish to be contacted), the team's worklist and its answer targets in Finnish
 * working days. Self-referral forms, professionals' referrals and consultations grow here.
 */
@ApplicationModule(displayName = "Referral")
@NullMarked
package fi.tyollisyystalo.referral;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
