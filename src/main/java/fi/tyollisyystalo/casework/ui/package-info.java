@NullMarked
package fi.tyollisyystalo.casework.ui;

import org.jspecify.annotations.NullMarked;
