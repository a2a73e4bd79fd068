/**
 * Import from the national service catalogue (Suomi.fi Palvelutietovaranto, PTV, OUT API v11): a
 * region's services and their channels are read from exported JSON pages, mapped to our domains,
 * target groups and opening hours by a configurable table, and created or updated by PTV id without
 * undoing what our editors have added. Services that map to no domain wait in an editors' queue.
 */
@NullMarked
package fi.tyollisyystalo.servicemap.internal.ptv;

import org.jspecify.annotations.NullMarked;
