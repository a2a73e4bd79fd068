@NullMarked
package fi.tyollisyystalo.base.web;

import org.jspecify.annotations.NullMarked;
