package fi.tyollisyystalo.base.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Access rule of a service method: partner organisations' professionals (PROFESSIONAL); what they may see of a
 * client (only under the client's consent for their organisation) is checked in the method.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('" + Roles.PROFESSIONAL + "')")
public @interface NetworkPartner {
}
