@NullMarked
package fi.tyollisyystalo.servicemap.ui;

import org.jspecify.annotations.NullMarked;
