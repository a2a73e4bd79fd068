package fi.tyollisyystalo.servicemap.internal.ptv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.internal.OrganisationEntity;
import fi.tyollisyystalo.servicemap.internal.ServiceEntity;
import fi.tyollisyystalo.servicemap.internal.Texts;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.Entry;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.Note;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.NoteKind;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.SkipReason;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.Skipped;

/**
 * Imports a region's export from PTV: creates or updates organisations and services by PTV id, each
 * service in its own transaction. New services are drafts until an editor publishes them; an update of a
 * draft keeps the internal fields and the domains an editor added or removed; a change to a published
 * service is not applied but held for an editor's review ({@link PtvReview}). A service whose
 * fingerprint has not changed is not touched, so running the same files again changes nothing.
 */
@Component
public class PtvImporter {

    private static final Logger log = LoggerFactory.getLogger(PtvImporter.class);

    private final PtvServiceLookup services;
    private final PtvOrganisationLookup organisations;
    private final PtvSyncRepository syncs;
    private final PtvUnmappedRepository queue;
    private final TransactionTemplate tx;
    private final PtvDomainMapping mapping;
    private final PtvReview review;
    private final Clock clock;

    PtvImporter(PtvServiceLookup services, PtvOrganisationLookup organisations, PtvSyncRepository syncs,
            PtvUnmappedRepository queue, TransactionTemplate tx, ResourceLoader resources, PtvReview review, Clock clock,
            @Value("${tyollisyystalo.ptv.mapping-file:" + PtvDomainMapping.DEFAULT_FILE + "}") String mappingFile) {
        this.clock = clock;
        this.services = services;
        this.organisations = organisations;
        this.syncs = syncs;
        this.queue = queue;
        this.tx = tx;
        this.review = review;
        try {
            this.mapping = PtvDomainMapping.load(resources.getResource(mappingFile));
        } catch (IOException e) {
            throw new UncheckedIOException("PTV mapping file " + mappingFile + " cannot be read", e);
        }
    }

    /** Imports the service list pages of a region and the channels they use (one file, page or array). */
    public ImportReport importRegion(List<Path> servicePages, Path channels) throws IOException {
        // an export fetched municipality by municipality lists a service once for each of them
        Map<String, Ptv.Service> unique = new LinkedHashMap<>();
        PtvFiles.services(servicePages).forEach(s -> unique.put(s.id(), s));
        List<Ptv.Service> all = List.copyOf(unique.values());
        Map<String, Ptv.Channel> byId = new LinkedHashMap<>();
        PtvFiles.channels(channels).forEach(c -> byId.put(c.id(), c));
        PtvServiceMapper mapper = new PtvServiceMapper(mapping);
        Run run = new Run();
        for (Ptv.Service s : all) {
            PtvServiceMapper.Outcome outcome = mapper.map(s, byId);
            Run one = new Run();
            try {
                tx.executeWithoutResult(status -> store(outcome, one));
                run.add(one);
            } catch (RuntimeException e) {
                log.warn("PTV service {} could not be imported", s.id(), e);
                run.skipped.add(new Skipped(s.id(), PtvTexts.display(outcome.name()), SkipReason.FAILED,
                        String.valueOf(e.getMessage())));
            }
        }
        ImportReport report = run.report();
        log.info("PTV import of {} services: {}", all.size(), report.summary());
        return report;
    }

    /** How many services came from PTV (for tests and the editors' overview). */
    public long importedServiceCount() {
        return services.countByPtvIdIsNotNull();
    }

    /** PTV ids of the services waiting in the editors' queue, oldest first. */
    public List<String> openQueue() {
        return queue.findByResolvedAtIsNullOrderByFirstSeenAsc().stream().map(PtvUnmappedEntity::ptvId).toList();
    }

    private void store(PtvServiceMapper.Outcome outcome, Run run) {
        switch (outcome) {
            case PtvServiceMapper.Skip skip -> skip(skip, run);
            case PtvServiceMapper.Mapped mapped -> store(mapped, run);
        }
    }

    /** A service no longer published in PTV is taken off our map too (back to draft), never deleted. */
    private void skip(PtvServiceMapper.Skip skip, Run run) {
        run.skipped.add(new Skipped(skip.ptvId(), PtvTexts.display(skip.name()), skip.reason(), skip.detail()));
        if (skip.reason() == SkipReason.NOT_PUBLISHED) {
            services.findByPtvId(skip.ptvId()).filter(e -> e.status() == PublishingStatus.PUBLISHED).ifPresent(e -> {
                e.setStatus(PublishingStatus.DRAFT);
                run.notes.add(new Note(skip.ptvId(), NoteKind.WITHDRAWN, skip.detail()));
            });
        }
    }

    private void store(PtvServiceMapper.Mapped m, Run run) {
        Instant now = clock.instant();
        run.notes.addAll(m.notes());
        Entry entry = new Entry(m.ptvId(), PtvTexts.display(m.name()));
        ServiceEntity service = services.findByPtvId(m.ptvId()).orElse(null);
        PtvSyncEntity sync = service == null ? null : syncs.findById(service.id()).orElse(null);
        boolean changed = true;
        if (service != null && sync != null && sync.fingerprint().equals(m.fingerprint())) {
            changed = false;
            run.unchanged.add(entry);
        } else if (service == null) {
            service = new ServiceEntity("ptv-" + m.ptvId(), organisation(m.organisation(), run), m.data(), now);
            service.setPtvId(m.ptvId());
            service.setStatus(PublishingStatus.DRAFT);
            service = services.save(service);
            run.created.add(entry);
        } else {
            OrganisationEntity org = organisation(m.organisation(), run);
            Set<Domain> lastMapped = sync == null ? Set.of() : sync.mappedDomains();
            ServiceData merged = withEditorsWork(m.data(), service.data(), lastMapped);
            if (service.status() == PublishingStatus.PUBLISHED) {
                review.offer(service.id(), m.ptvId(), org.id(), merged, now);
                run.forReview.add(entry);
            } else {
                if (service.organisation().id() != org.id()) {
                    service.setOrganisation(org);
                }
                service.update(merged, now);
                run.updated.add(entry);
            }
        }
        if (changed) {
            PtvSyncEntity record = sync == null ? new PtvSyncEntity(service.id(), m.ptvId()) : sync;
            record.record(m.fingerprint(), m.modified(), m.mappedDomains(), now);
            syncs.save(record);
        }
        if (queue(service, m, changed, now)) {
            run.queued.add(entry);
        }
    }

    /**
     * PTV's data with what our editors did: the domains they added beyond the mapping stay, those they
     * removed stay removed, and the internal fields are ours alone. Keywords are PTV's followed by those
     * our editors added.
     */
    static ServiceData withEditorsWork(ServiceData fromPtv, ServiceData current, Set<Domain> lastMapped) {
        Set<Domain> added = EnumSet.noneOf(Domain.class);
        added.addAll(current.domains());
        added.removeAll(lastMapped);
        Set<Domain> removed = EnumSet.noneOf(Domain.class);
        removed.addAll(lastMapped);
        removed.removeAll(current.domains());
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        domains.addAll(fromPtv.domains());
        domains.removeAll(removed);
        domains.addAll(added);
        return new ServiceData(fromPtv.name(), fromPtv.summary(), fromPtv.description(), fromPtv.howToUse(),
                fromPtv.requirements(), fromPtv.chargeType(), domains, fromPtv.municipalities(), fromPtv.languages(),
                fromPtv.targetGroups(), fromPtv.channels(), current.internalReferral(), current.internalContact(),
                PtvTexts.mergedKeywords(fromPtv.keywords(), current.keywords()));
    }

    /**
     * Opens, keeps or closes the service's row in the editors' queue; true while it waits there. The row
     * is written only when something changed, so that an import of the same files writes nothing.
     */
    private boolean queue(ServiceEntity service, PtvServiceMapper.Mapped m, boolean changed, Instant now) {
        PtvUnmappedEntity row = queue.findByPtvId(m.ptvId()).orElse(null);
        boolean hasDomains = !service.data().domains().isEmpty();
        if (m.unmapped() && !hasDomains) {
            if (row == null || !row.isOpen() || changed) {
                row = row == null ? new PtvUnmappedEntity(m.ptvId(), now) : row;
                row.seen(service.id(), m.name(), m.classes(), m.terms(), now);
                queue.save(row);
            }
            return true;
        }
        if (row != null && row.isOpen()) {
            row.resolve(m.unmapped() ? PtvUnmappedEntity.Resolution.EDITOR : PtvUnmappedEntity.Resolution.MAPPED, now);
        }
        return false;
    }

    private OrganisationEntity organisation(Ptv.Item ptv, Run run) {
        String name = ptv.name() == null ? "" : ptv.name().strip();
        OrganisationEntity org = organisations.findByPtvId(ptv.id()).orElse(null);
        if (org == null && !name.isEmpty()) {
            org = organisations.findUnlinkedByName(name).stream().findFirst().orElse(null);
            if (org != null) {
                org.setPtvId(ptv.id());
            }
        }
        if (org == null) {
            org = organisations.findByKey("ptv-" + ptv.id()).orElse(null);
        }
        if (org == null) {
            org = organisations.save(new OrganisationEntity("ptv-" + ptv.id(), mapping.organisationType(ptv.id(), name),
                    Texts.of(new LocalizedText(name, null, null)), null));
            org.setPtvId(ptv.id());
            run.organisationsCreated++;
        } else if (!name.isEmpty() && !name.equals(org.name().value().fi())) {
            org.name().set(new LocalizedText(name, org.name().value().sv(), org.name().value().en()));
        }
        return org;
    }

    /** What one import run collects. */
    private static final class Run {
        final List<Entry> created = new ArrayList<>();
        final List<Entry> updated = new ArrayList<>();
        final List<Entry> unchanged = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        final List<Entry> queued = new ArrayList<>();
        final List<Entry> forReview = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        int organisationsCreated;

        void add(Run one) {
            created.addAll(one.created);
            updated.addAll(one.updated);
            unchanged.addAll(one.unchanged);
            skipped.addAll(one.skipped);
            queued.addAll(one.queued);
            forReview.addAll(one.forReview);
            notes.addAll(one.notes);
            organisationsCreated += one.organisationsCreated;
        }

        ImportReport report() {
            return new ImportReport(List.copyOf(created), List.copyOf(updated), List.copyOf(unchanged),
                    List.copyOf(skipped), List.copyOf(queued), List.copyOf(notes), organisationsCreated, List.copyOf(forReview));
        }
    }
}
