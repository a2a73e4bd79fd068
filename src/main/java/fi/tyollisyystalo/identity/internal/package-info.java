@NullMarked
package fi.tyollisyystalo.identity.internal;

import org.jspecify.annotations.NullMarked;
