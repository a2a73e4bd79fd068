/**
 * Notices to residents ("you have a new message — log in to read it"): stored in an outbox in the same
 * transaction as the change that causes them, sent by a background job by e-mail (SMTP) or SMS, with
 * retries. A notice carries no name, identity code, message text or health word, goes only to people
 * who consented, in their language, and no SMS is sent between 21:00 and 08:00 Helsinki time.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package fi.tyollisyystalo.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
