@NullMarked
package fi.tyollisyystalo.audit.ui;

import org.jspecify.annotations.NullMarked;
