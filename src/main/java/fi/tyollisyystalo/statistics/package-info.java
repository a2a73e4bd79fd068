/**
 * Statistics for managers: facts recorded by listeners of the features' events (contact requests' steps,
 * appointments, case steps) into an append-only log holding only codes, a pseudonymous client key, the age band
 * and sex at the time and the team, never a name, identity code or free text; the figures of a period and a
 * team computed from them, with small cells suppressed (and enough others that none can be recomputed from the
 * totals), shown as tables with server-rendered SVG charts and exported as CSV, each export audited.
 */
@ApplicationModule(displayName = "Statistics")
@NullMarked
package fi.tyollisyystalo.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
