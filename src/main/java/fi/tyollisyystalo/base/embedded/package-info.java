@NullMarked
package fi.tyollisyystalo.base.embedded;

import org.jspecify.annotations.NullMarked;
