package fi.tyollisyystalo.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Access rule of a service method: Any staff member (Roles.STAFF_ROLES). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('COORDINATOR','NURSE','DOCTOR','SOCIAL_COUNSELLOR','SERVICE_EDITOR','MANAGER','ADMIN','PROFESSIONAL')")
public @interface AnyStaff {
}
