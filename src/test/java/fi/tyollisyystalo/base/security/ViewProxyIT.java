package fi.tyollisyystalo.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.vaadin.flow.router.Route;

import fi.tyollisyystalo.IntegrationTest;

/**
 * No advice of the application applies to a route view, so Spring creates each view as it is, without a proxy.
 * Vaadin creates a view at every navigation; for a view that needed a proxy, Spring worked out the advice again
 * each time by scanning every method of the view's class hierarchy (issue #14: JSR-250 method security did that
 * to every view with {@code @RolesAllowed}). The guards of a view are Vaadin's navigation access control.
 */
@IntegrationTest
class ViewProxyIT {

    @Autowired ApplicationContext context;

    @Test
    void no_advisor_applies_to_a_route_view() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Advisor> advisors = List.copyOf(context.getBeansOfType(Advisor.class, false, false).values());
        assertThat(advisors).as("the application's advisors (method security, transactions, events)").isNotEmpty();
        List<String> advised = new ArrayList<>();
        int views = 0;
        for (var bean : scanner.findCandidateComponents("fi.tyollisyystalo")) {
            Class<?> view = Class.forName(bean.getBeanClassName());
            views++;
            for (Advisor advisor : advisors) {
                if (AopUtils.canApply(advisor, view)) {
                    advised.add(view.getSimpleName() + " by " + advisor.getClass().getSimpleName());
                }
            }
        }
        assertThat(views).isGreaterThan(30);
        assertThat(advised).isEmpty();
    }
}
