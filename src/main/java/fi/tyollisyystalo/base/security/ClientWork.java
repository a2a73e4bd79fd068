package fi.tyollisyystalo.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Access rule of a service method: Staff who work with clients (Roles.CLIENT_WORK_ROLES); what they may see of a client is checked in the method (consent, purpose). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('COORDINATOR','NURSE','DOCTOR','SOCIAL_COUNSELLOR')")
public @interface ClientWork {
}
