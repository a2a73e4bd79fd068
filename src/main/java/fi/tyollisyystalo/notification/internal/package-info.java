@NullMarked
package fi.tyollisyystalo.notification.internal;

import org.jspecify.annotations.NullMarked;
