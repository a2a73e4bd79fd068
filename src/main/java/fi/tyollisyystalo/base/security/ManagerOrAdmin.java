package fi.tyollisyystalo.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Access rule of a service method: Managers and administrators (e.g. the statistics). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + Roles.MANAGER + "','" + Roles.ADMIN + "')")
public @interface ManagerOrAdmin {
}
