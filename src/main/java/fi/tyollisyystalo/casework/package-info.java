/**
 * The client's case and the one shared work-ability support plan: a case opened when the team accepts a
 * contact request (or by staff), the client's segment and step on the path, the responsible worker, goals and
 * actions with a responsible party, every change a version, the client's own view with ticks and comments,
 * interim evaluations due at 1, 3, 6, 9 and 12 months, and the outcome at closing.
 */
@ApplicationModule(displayName = "Casework")
@NullMarked
package fi.tyollisyystalo.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
