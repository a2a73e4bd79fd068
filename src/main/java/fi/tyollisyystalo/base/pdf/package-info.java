@NullMarked
package fi.tyollisyystalo.base.pdf;

import org.jspecify.annotations.NullMarked;
