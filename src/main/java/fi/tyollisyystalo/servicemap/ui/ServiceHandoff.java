package fi.tyollisyystalo.servicemap.ui;

import java.util.Optional;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.server.VaadinRequest;

import fi.tyollisyystalo.servicemap.ServiceDetails;

/**
 * The service that a service page's view has read, kept in the request for the page's first paint (issue #14).
 * Vaadin builds the view of an opened address in the bootstrap request itself
 * ({@code vaadin.eagerServerLoad=true} in application.properties: its first state goes into the page), and the
 * first paint ({@link ServicePageFirstPaint}) is added to the same page after it; without this both read the
 * same service from the database, and under load that read was the service page's largest wait. Only the same
 * request shares it, so what the first paint shows is what the view read, for the same user, a moment before.
 */
final class ServiceHandoff {

    private static final String KEY = ServiceHandoff.class.getName();

    private ServiceHandoff() {
    }

    /** Notes that the view is reading service {@code id} in {@code request}: until it has, the first paint shows none. */
    static void reading(@Nullable VaadinRequest request, long id) {
        if (request != null) {
            request.setAttribute(KEY, id);
        }
    }

    /** Keeps the service the view has read in {@code request} (nothing without a request). */
    static void keep(@Nullable VaadinRequest request, ServiceDetails service) {
        if (request != null) {
            request.setAttribute(KEY, service);
        }
    }

    /**
     * What the first paint of service {@code id} shows: the service if the view has read it in {@code request};
     * nothing if the view tried and did not get it (no such service, or the database did not answer: the view shows
     * its page for that, and one wait for the database is enough); otherwise what {@code read} reads.
     */
    static Optional<ServiceDetails> forFirstPaint(@Nullable VaadinRequest request, long id,
            LongFunction<Optional<ServiceDetails>> read) {
        Object kept = request == null ? null : request.getAttribute(KEY);
        if (kept instanceof ServiceDetails s && s.id() == id) {
            return Optional.of(s);
        }
        return kept instanceof Long reading && reading == id ? Optional.empty() : read.apply(id);
    }
}
