package fi.tyollisyystalo.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every public method of every feature service declares who may call it: a role rule, or an explicit
 * {@code permitAll()} for what is public (the service map). A new method without a rule fails here, so
 * nobody's data is reachable by an oversight.
 */
class ServiceMethodGuardTest {

    private static final Set<Class<? extends Annotation>> GUARDS = Set.of(PreAuthorize.class, PostAuthorize.class,
            RolesAllowed.class, PermitAll.class);

    @Test
    void every_public_service_method_declares_its_access_rule() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("fi.tyollisyystalo")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
                    continue;
                }
                checked++;
                if (!guarded(m) && !guarded(type)) {
                    unguarded.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(checked).as("service methods found").isGreaterThan(30);
        assertThat(unguarded).as("public service methods without an access rule").isEmpty();
    }

    private static boolean guarded(AnnotatedElement element) {
        MergedAnnotations annotations = MergedAnnotations.from(element, MergedAnnotations.SearchStrategy.DIRECT);
        return GUARDS.stream().anyMatch(annotations::isPresent);
    }
}
