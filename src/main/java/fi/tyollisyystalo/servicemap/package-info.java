/**
 * The service map: every work-ability service of a region with its channels (locations with opening
 * hours, phone, web, e-service), organised by the Kykyviisari domains of functioning, searchable in
 * Finnish, Swedish and English without logging in. Professionals also see internal fields.
 */
@ApplicationModule(displayName = "Service map")
@NullMarked
package fi.tyollisyystalo.servicemap;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
