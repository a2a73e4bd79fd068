package fi.tyollisyystalo.servicemap.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fi.tyollisyystalo.servicemap.ServiceDetails;

/** Reads services for {@link fi.tyollisyystalo.servicemap.ServiceMapService}, which decides what to show. */
@Component
public class ServiceStore {

    private final ServiceRepository services;

    ServiceStore(ServiceRepository services) {
        this.services = services;
    }

    public Optional<ServiceDetails> details(long id) {
        return services.findForPage(id).map(ServiceStore::details);
    }

    /** Several services in one query, in the order of the ids. */
    public List<ServiceDetails> details(List<Long> ids) {
        Map<Long, ServiceEntity> byId = services.findAllById(ids).stream()
                .collect(Collectors.toMap(ServiceEntity::id, e -> e));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(ServiceStore::details).toList();
    }

    private static ServiceDetails details(ServiceEntity e) {
        return new ServiceDetails(e.id(), e.key(), e.ptvId(), e.organisation().name().value(), e.organisation().type(),
                e.organisation().website(), e.status(), e.data(), e.updatedAt());
    }
}
