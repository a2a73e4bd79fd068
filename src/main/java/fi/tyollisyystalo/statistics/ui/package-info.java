@NullMarked
package fi.tyollisyystalo.statistics.ui;

import org.jspecify.annotations.NullMarked;
