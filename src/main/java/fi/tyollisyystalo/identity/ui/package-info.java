@NullMarked
package fi.tyollisyystalo.identity.ui;

import org.jspecify.annotations.NullMarked;
