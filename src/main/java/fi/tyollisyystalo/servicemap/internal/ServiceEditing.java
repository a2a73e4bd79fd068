package fi.tyollisyystalo.servicemap.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.servicemap.EditorListItem;
import fi.tyollisyystalo.servicemap.OrganisationOption;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceRevision;

/**
 * Writes for {@link fi.tyollisyystalo.servicemap.ServiceEditorService}, which checks the editor's
 * role and the input. Every save writes a revision with a snapshot; the search index follows in the
 * same transaction.
 */
@Component
public class ServiceEditing {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final ServiceRepository services;
    private final OrganisationRepository organisations;
    private final ServiceRevisionRepository revisions;
    private final Clock clock;

    ServiceEditing(ServiceRepository services, OrganisationRepository organisations,
            ServiceRevisionRepository revisions, Clock clock) {
        this.clock = clock;
        this.services = services;
        this.organisations = organisations;
        this.revisions = revisions;
    }

    public Page<EditorListItem> list(String text, Pageable pageable) {
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("updatedAt")));
        Page<ServiceEntity> page = text.isBlank() ? services.findAll(sorted)
                : services.findByNameContaining(text.strip(), sorted);
        return page.map(e -> {
            var d = e.data();
            return new EditorListItem(e.id(), d.name(), e.organisation().name().value(), e.status(),
                    d.name().sv() != null && d.summary().sv() != null, d.name().en() != null && d.summary().en() != null,
                    e.updatedAt(), false);
        });
    }

    public List<OrganisationOption> organisations() {
        return organisations.findAll(Sort.by("id")).stream()
                .map(o -> new OrganisationOption(o.id(), o.name().value(), o.type(), o.website())).toList();
    }

    /** Creates (id null) or updates an organisation; services showing its name are re-indexed. */
    public long saveOrganisation(@org.jspecify.annotations.Nullable Long id, fi.tyollisyystalo.base.i18n.LocalizedText name,
            fi.tyollisyystalo.servicemap.OrganisationType type, @org.jspecify.annotations.Nullable String website) {
        if (id == null) {
            return organisations.save(new OrganisationEntity("local-" + java.util.UUID.randomUUID(), type,
                    Texts.of(name), website)).id();
        }
        OrganisationEntity o = organisations.findById(id).orElseThrow();
        o.name().set(name);
        o.setType(type);
        o.setWebsite(website);
        return o.id();
    }

    public Optional<Long> organisationOf(long serviceId) {
        return services.findById(serviceId).map(s -> s.organisation().id());
    }

    public long create(long organisationId, ServiceData data, String editorSubject, String editorName) {
        OrganisationEntity org = organisations.findById(organisationId).orElseThrow();
        String key = "local-" + java.util.UUID.randomUUID();
        ServiceEntity saved = services.save(new ServiceEntity(key, org, data, clock.instant()));
        revision(saved, "CREATED", editorSubject, editorName);
        return saved.id();
    }

    public void update(long id, long organisationId, ServiceData data, String editorSubject, String editorName) {
        ServiceEntity s = services.findById(id).orElseThrow();
        s.setOrganisation(organisations.findById(organisationId).orElseThrow());
        s.update(data, clock.instant());
        revision(s, "UPDATED", editorSubject, editorName);
    }

    /** Applies an accepted change from PTV: its provider and data, recorded in the history. */
    public void applyPtvChange(long id, long organisationId, ServiceData data, String editorSubject,
            String editorName) {
        ServiceEntity s = services.findById(id).orElseThrow();
        s.setOrganisation(organisations.findById(organisationId).orElseThrow());
        s.update(data, clock.instant());
        revision(s, "PTV_ACCEPTED", editorSubject, editorName);
    }

    /** Records in the history that an editor rejected a change from PTV (the service stays as it was). */
    public void recordPtvRejected(long id, String editorSubject, String editorName) {
        revision(services.findById(id).orElseThrow(), "PTV_REJECTED", editorSubject, editorName);
    }

    public void setStatus(long id, PublishingStatus status, String editorSubject, String editorName) {
        ServiceEntity s = services.findById(id).orElseThrow();
        s.setStatus(status);
        s.touch(clock.instant());
        revision(s, status == PublishingStatus.PUBLISHED ? "PUBLISHED" : "UNPUBLISHED", editorSubject, editorName);
    }

    public List<ServiceRevision> history(long id) {
        return revisions.findByServiceIdOrderByOccurredAtDesc(id).stream()
                .map(r -> new ServiceRevision(r.occurredAt(), r.editorName(), r.action())).toList();
    }

    private void revision(ServiceEntity s, String action, String editorSubject, String editorName) {
        revisions.save(new ServiceRevisionEntity(s.id(), action, editorSubject, editorName, clock.instant(),
                JSON.writeValueAsString(s.data())));
    }
}
