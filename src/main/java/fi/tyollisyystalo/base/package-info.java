/**
 * The ground floor every feature stands on: layouts for residents and staff, error views, languages,
 * date formats, request ids and the embedded development database. It holds no business rules, so
 * every feature may use it.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
@NullMarked
package fi.tyollisyystalo.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
