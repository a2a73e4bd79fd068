/**
 * Secure messages between a resident and the work-ability team: threads owned by one resident, read
 * status on both sides, an autosaved draft per author, attachments checked by their content, and a
 * notice when the team wrote and the resident has not read it within a configurable delay.
 */
@ApplicationModule(displayName = "Messaging")
@NullMarked
package fi.tyollisyystalo.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
