@NullMarked
package fi.tyollisyystalo.messaging.ui;

import org.jspecify.annotations.NullMarked;
