@NullMarked
package fi.tyollisyystalo.audit.internal;

import org.jspecify.annotations.NullMarked;
