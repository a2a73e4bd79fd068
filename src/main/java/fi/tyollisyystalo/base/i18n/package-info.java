@NullMarked
package fi.tyollisyystalo.base.i18n;

import org.jspecify.annotations.NullMarked;
