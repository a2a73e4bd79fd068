/**
 * Follow-up questionnaires: short forms defined as versioned data on the questionnaire engine (the first is
 * {@code followup-interim}, answered before a case's interim evaluation), each invitation naming its person,
 * form version, purpose and what it is about; the resident answers online once, staff read the answers for
 * client work, and the chart of change shows the work-ability score and the domains over time, starting from
 * the latest comparable health check. Issue #15's outcome, experience and stakeholder forms come on the same
 * tables.
 */
@ApplicationModule(displayName = "Follow-up questionnaires")
@NullMarked
package fi.tyollisyystalo.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
