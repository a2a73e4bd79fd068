/**
 * The access log of client data required by the Act on client data in social and health care
 * (703/2023): who looked at or changed whose data, what, when and why. Records are append-only;
 * residents see their own as "who has seen my data" and administrators search them.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package fi.tyollisyystalo.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
