@NullMarked
package fi.tyollisyystalo.statistics.internal;

import org.jspecify.annotations.NullMarked;
