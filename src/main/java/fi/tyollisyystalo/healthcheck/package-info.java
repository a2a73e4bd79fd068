/**
 * The electronic health check: questionnaire definitions as versioned data, answers saved on every
 * step, scoring by validated instruments (one class per instrument), the result with flags,
 * explanations and recommended services, its PDF, and the resident's consent to share results with
 * the work-ability team.
 */
@ApplicationModule(displayName = "Health check")
@NullMarked
package fi.tyollisyystalo.healthcheck;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
