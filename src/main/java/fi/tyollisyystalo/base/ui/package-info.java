@NullMarked
package fi.tyollisyystalo.base.ui;

import org.jspecify.annotations.NullMarked;
