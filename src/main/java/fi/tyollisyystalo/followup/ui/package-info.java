@NullMarked
package fi.tyollisyystalo.followup.ui;

import org.jspecify.annotations.NullMarked;
