/**
 * Time for the whole house: the one injectable {@link java.time.Clock} (UTC), Europe/Helsinki for
 * everything a person sees, and the Finnish working-day calendar computed from the rules of the
 * public holidays.
 */
@NullMarked
package fi.tyollisyystalo.base.time;

import org.jspecify.annotations.NullMarked;
