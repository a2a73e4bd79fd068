@NullMarked
package fi.tyollisyystalo.followup.internal;

import org.jspecify.annotations.NullMarked;
