package fi.tyollisyystalo.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Access rule of a service method: Staff who may refer a resident to the team or consult it: partner organisations' professionals (PROFESSIONAL) and the client-work roles. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('PROFESSIONAL','COORDINATOR','NURSE','DOCTOR','SOCIAL_COUNSELLOR')")
public @interface ReferringStaff {
}
