package fi.tyollisyystalo.base.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The service itself as the actor of background work: event listeners and scheduled jobs run as it,
 * so their service calls pass method security with the role {@code SYSTEM} and their audit records
 * name the service, never a person. Only code inside the application can become it; no login maps
 * to it.
 */
public final class SystemActor {

    /** The principal's name, and the audit actor's id. */
    public static final String NAME = "system";

    private SystemActor() {
    }

    /**
     * Runs {@code work} as the system and restores whoever was signed in on this thread before, also when
     * called from a signed-in user's UI request (then it runs as the system, not as the user whose login the
     * Vaadin session holds).
     */
    public static <T> T call(Supplier<T> work) {
        // Vaadin's strategy prefers the login kept in the Vaadin session to the thread's context: while the
        // system works, this thread is not in the session's request
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null) {
            com.vaadin.flow.server.VaadinSession.setCurrent(null);
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (session != null) {
                com.vaadin.flow.server.VaadinSession.setCurrent(session);
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the current thread works as the system. */
    public static boolean isActive() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SystemAuthentication;
    }

    private static final class SystemAuthentication extends AbstractAuthenticationToken {
        private static final long serialVersionUID = 1L;

        SystemAuthentication() {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM)));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return NAME;
        }
    }
}
