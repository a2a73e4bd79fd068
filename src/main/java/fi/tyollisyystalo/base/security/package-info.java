@NullMarked
package fi.tyollisyystalo.base.security;

import org.jspecify.annotations.NullMarked;
