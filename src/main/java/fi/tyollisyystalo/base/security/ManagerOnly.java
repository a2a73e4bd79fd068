package fi.tyollisyystalo.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Access rule of a service method: the manager of a team (MANAGER); they see figures and their team's work, not
 * clients' details.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('" + Roles.MANAGER + "')")
public @interface ManagerOnly {
}
