@NullMarked
package fi.tyollisyystalo.casework.internal;

import org.jspecify.annotations.NullMarked;
