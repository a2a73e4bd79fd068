@NullMarked
package fi.tyollisyystalo.messaging.internal;

import org.jspecify.annotations.NullMarked;
