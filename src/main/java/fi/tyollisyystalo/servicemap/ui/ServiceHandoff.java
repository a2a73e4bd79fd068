package fi.tyollisyystalo.servicemap.ui;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.server.VaadinRequest;

import fi.tyollisyystalo.servicemap.ServiceDetails;

/**
 * The service that a service page's view has read, kept in the request for the page's first paint (issue #14).
 * Vaadin builds the view of an opened address in the bootstrap request itself (its first state goes into the page),
 * and the first paint ({@link ServicePageFirstPaint}) is added to the same page after it; without this both read the
 * same service from the database, and under load that read was the service page's largest wait. Only the same
 * request shares it, so what the first paint shows is what the view read, for the same user, a moment before.
 */
final class ServiceHandoff {

    private static final String KEY = ServiceHandoff.class.getName();

    private ServiceHandoff() {
    }

    /** Keeps the service the view has read in {@code request} (nothing without a request). */
    static void keep(@Nullable VaadinRequest request, ServiceDetails service) {
        if (request != null) {
            request.setAttribute(KEY, service);
        }
    }

    /** The service with {@code id} if the view has read it in {@code request}. */
    static Optional<ServiceDetails> kept(@Nullable VaadinRequest request, long id) {
        return request != null && request.getAttribute(KEY) instanceof ServiceDetails s && s.id() == id
                ? Optional.of(s)
                : Optional.empty();
    }
}
