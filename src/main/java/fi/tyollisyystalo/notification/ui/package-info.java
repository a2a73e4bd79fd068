@NullMarked
package fi.tyollisyystalo.notification.ui;

import org.jspecify.annotations.NullMarked;
