/**
 * Who is logged in: residents through strong identification (OIDC registration {@code suomifi}),
 * staff through their organisation's login (registration {@code staff}) with roles, the
 * {@link fi.tyollisyystalo.identity.CurrentUser} API for services and views, and the in-process
 * dev identity provider used by {@code mvn spring-boot:run} and the tests.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package fi.tyollisyystalo.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
