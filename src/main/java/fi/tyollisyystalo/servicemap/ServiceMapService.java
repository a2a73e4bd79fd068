package fi.tyollisyystalo.servicemap;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.Public;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.servicemap.internal.ServiceIndex;
import fi.tyollisyystalo.servicemap.internal.ServiceStore;

/**
 * The service map for everyone: search with facets and a service's own page. Public data needs no
 * login; professionals also get the internal fields (referral instructions, contact person) and
 * editors see drafts.
 */
@Service
public class ServiceMapService {

    public static final int MAX_PAGE_SIZE = 100;

    private final ServiceIndex index;
    private final ServiceStore store;
    private final CurrentUser currentUser;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    ServiceMapService(ServiceIndex index, ServiceStore store, CurrentUser currentUser,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.index = index;
        this.store = store;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /**
     * The street addresses of the published services' places ("Valtakatu 35, 53100 Lappeenranta"), distinct and
     * sorted: where staff can meet clients (e.g. the booking module's weekly hours).
     */
    @Transactional(readOnly = true)
    @Public
    public java.util.List<String> placeAddresses(Locale locale) {
        java.util.Set<String> addresses = new java.util.TreeSet<>();
        jdbc.query("SELECT DISTINCT c.street, c.postal_code, c.municipality FROM service_channel c JOIN service s"
                + " ON s.id = c.service_id WHERE s.status = 'PUBLISHED' AND c.type = 'LOCATION' AND c.street IS NOT NULL",
                rs -> {
                    String postal = rs.getString(2);
                    String municipality = rs.getString(3);
                    String place = ((postal == null ? "" : postal) + " "
                            + (municipality == null ? "" : Region.name(municipality, locale))).strip();
                    addresses.add(rs.getString(1).strip() + (place.isEmpty() ? "" : ", " + place));
                });
        return java.util.List.copyOf(addresses);
    }

    /** A page of published services with facet counts, read from the search index alone (no database). */
    @Public
    public SearchResult search(ServiceQuery query, Locale locale, int offset, int limit) {
        return index.search(query, locale, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    /** Service locations for the map view of a search (the first 500 matching services). */
    @Transactional(readOnly = true)
    @Public
    public java.util.List<MapPoint> mapPoints(ServiceQuery query, Locale locale) {
        return index.mapPoints(query, locale, 500);
    }

    @Transactional(readOnly = true)
    @Public
    public Optional<ServiceDetails> find(long id) {
        boolean editor = currentUser.get().map(u -> u.hasRole(Roles.SERVICE_EDITOR)).orElse(false);
        boolean professional = currentUser.isStaff();
        return store.details(id).filter(d -> editor || d.status() == PublishingStatus.PUBLISHED)
                .map(d -> professional ? d : withoutInternal(d));
    }

    /** Published services by id, in the given order, without internal fields: for the open API. */
    @Transactional(readOnly = true)
    @Public
    public java.util.List<ServiceDetails> findPublished(java.util.List<Long> ids) {
        return store.details(ids).stream().filter(d -> d.status() == PublishingStatus.PUBLISHED)
                .map(ServiceMapService::withoutInternal).toList();
    }

    private static ServiceDetails withoutInternal(ServiceDetails d) {
        ServiceData x = d.data();
        ServiceData publicData = new ServiceData(x.name(), x.summary(), x.description(), x.howToUse(),
                x.requirements(), x.chargeType(), x.domains(), x.municipalities(), x.languages(), x.targetGroups(),
                x.channels(), null, null, x.keywords());
        return new ServiceDetails(d.id(), d.key(), d.ptvId(), d.organisationName(), d.organisationType(),
                d.organisationWebsite(), d.status(), publicData, d.updatedAt());
    }
}
