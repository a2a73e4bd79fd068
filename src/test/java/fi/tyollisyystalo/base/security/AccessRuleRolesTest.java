package fi.tyollisyystalo.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The access-rule annotations spell their roles as strings inside SpEL ({@code hasAnyRole('COORDINATOR', …)}):
 * a misspelt role would let nobody in, silently. Every role named there must be one of {@link Roles}.
 */
class AccessRuleRolesTest {

    private static final Pattern QUOTED = Pattern.compile("'([A-Z_]+)'");

    @Test
    void every_role_named_in_an_access_rule_is_a_known_role() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isAnnotation();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(PreAuthorize.class));
        List<String> known = new ArrayList<>(Roles.STAFF_ROLES);
        known.add(Roles.RESIDENT);
        known.add(Roles.SYSTEM);
        List<String> unknown = new ArrayList<>();
        int rules = 0;
        for (var candidate : scanner.findCandidateComponents("fi.tyollisyystalo")) {
            Class<?> rule = Class.forName(candidate.getBeanClassName());
            String expression = rule.getAnnotation(PreAuthorize.class).value();
            rules++;
            Matcher m = QUOTED.matcher(expression);
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    unknown.add(rule.getSimpleName() + ": " + m.group(1));
                }
            }
        }
        assertThat(rules).as("access-rule annotations found").isGreaterThanOrEqualTo(10);
        assertThat(unknown).as("roles in access rules that Roles does not know").isEmpty();
    }
}
