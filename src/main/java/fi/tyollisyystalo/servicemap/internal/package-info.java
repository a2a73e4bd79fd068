@NullMarked
package fi.tyollisyystalo.servicemap.internal;

import org.jspecify.annotations.NullMarked;
