package fi.tyollisyystalo.servicemap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.FileSystemUtils;

import fi.tyollisyystalo.base.security.EditorOnly;

import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.servicemap.internal.ServiceEditing;
import fi.tyollisyystalo.servicemap.internal.ServiceStore;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport;
import fi.tyollisyystalo.servicemap.internal.ptv.PtvFiles;
import fi.tyollisyystalo.servicemap.internal.ptv.PtvImporter;
import fi.tyollisyystalo.servicemap.internal.ptv.PtvReview;

/**
 * The service editor's work: list, create, edit and translate, publish and unpublish, with the edit
 * history; providers; the PTV import and the review of PTV's changes to published services. Only
 * SERVICE_EDITOR; every change is searchable at once (the index follows the commit) and written to the
 * audit log in the same transaction.
 */
@Service
@EditorOnly
public class ServiceEditorService {

    /** The longest keyword text in one language (the words residents use, comma separated). */
    public static final int MAX_KEYWORDS = 500;


    /** Audit object types and purpose of the editors' work. */
    public static final String SERVICE = "SERVICE";
    public static final String ORGANISATION = "ORGANISATION";
    public static final String PTV_IMPORT = "PTV_IMPORT";
    public static final String PTV_CHANGE = "SERVICE_PTV_CHANGE";

    private static final String[] LANGUAGES = {"fi", "sv", "en"};

    private final ServiceEditing editing;
    private final PtvImporter ptv;
    private final PtvReview review;
    private final ServiceStore store;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ServiceEditorService(ServiceEditing editing, ServiceStore store, CurrentUser currentUser, PtvImporter ptv,
            PtvReview review, AuditLog auditLog) {
        this.editing = editing;
        this.ptv = ptv;
        this.review = review;
        this.store = store;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public Page<EditorListItem> list(String text, Pageable pageable) {
        Page<EditorListItem> page = editing.list(text, pageable);
        Set<Long> waiting = review.pendingAmong(page.getContent().stream().map(EditorListItem::id).toList());
        return new PageImpl<>(page.getContent().stream().map(i -> i.withPtvChangeWaiting(waiting.contains(i.id())))
                .toList(), page.getPageable(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public List<OrganisationOption> organisations() {
        return editing.organisations();
    }

    @Transactional(readOnly = true)
    public Optional<ServiceDetails> load(long id) {
        return store.details(id);
    }

    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(long id) {
        return editing.organisationOf(id);
    }

    @Transactional
    public long create(long organisationId, ServiceData data) {
        validate(data);
        var editor = editor();
        long id = editing.create(organisationId, data, editor.subject(), editor.displayName());
        audit(SERVICE, id, AuditAction.CREATE);
        return id;
    }

    @Transactional
    public void update(long id, long organisationId, ServiceData data) {
        validate(data);
        var editor = editor();
        editing.update(id, organisationId, data, editor.subject(), editor.displayName());
        audit(SERVICE, id, AuditAction.UPDATE);
    }

    @Transactional
    public void publish(long id) {
        ServiceDetails d = store.details(id).orElseThrow();
        validate(d.data());
        var editor = editor();
        editing.setStatus(id, PublishingStatus.PUBLISHED, editor.subject(), editor.displayName());
        audit(SERVICE, id, AuditAction.PUBLISH);
    }

    @Transactional
    public void unpublish(long id) {
        var editor = editor();
        editing.setStatus(id, PublishingStatus.DRAFT, editor.subject(), editor.displayName());
        audit(SERVICE, id, AuditAction.UNPUBLISH);
    }

    /** The change from PTV waiting for this (published) service's review, if any. */
    @Transactional(readOnly = true)
    public Optional<ServiceData> ptvChange(long id) {
        return review.pending(id).map(PtvReview.PendingChange::data);
    }

    /**
     * Applies the waiting PTV change (it goes live at once, the service being published). It must pass
     * the same checks as the editor's own save; if it does not, it keeps waiting.
     */
    @Transactional
    public void acceptPtvChange(long id) {
        PtvReview.PendingChange change = review.take(id).orElseThrow();
        validate(change.data());
        var editor = editor();
        editing.applyPtvChange(id, change.organisationId(), change.data(), editor.subject(), editor.displayName());
        audit(PTV_CHANGE, id, AuditAction.UPDATE);
    }

    /** Drops the waiting PTV change; the service stays as it is until PTV changes it again. */
    @Transactional
    public void rejectPtvChange(long id) {
        review.take(id).orElseThrow();
        var editor = editor();
        editing.recordPtvRejected(id, editor.subject(), editor.displayName());
        audit(PTV_CHANGE, id, AuditAction.DELETE);
    }

    /** Creates (id null) or updates a provider organisation. */
    @Transactional
    public long saveOrganisation(@Nullable Long id, LocalizedText name, OrganisationType type,
            @Nullable String website) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "name", name, 200);
        String site = website == null || website.isBlank() ? null : website.strip();
        if (site != null && !Links.isWebAddress(site)) {
            errors.put("website", "editor.error.channel.url");
        } else if (site != null && site.length() > 500) {
            errors.put("website", "editor.error.toolong.500");
        }
        if (!errors.isEmpty()) {
            throw new ServiceValidationException(errors);
        }
        long saved = editing.saveOrganisation(id, name, type, site);
        audit(ORGANISATION, saved, id == null ? AuditAction.CREATE : AuditAction.UPDATE);
        return saved;
    }

    /**
     * Imports a PTV OUT API export: service list pages and one channels file (told apart by their
     * content). Services are created as drafts or updated; changes to published services wait for
     * review; the result says what happened to each. A file of another shape is refused as a whole
     * ({@code files}: ptv.error.shape), so a wrong file is never reported as "nothing new".
     */
    public PtvImportResult importPtv(List<byte[]> files) throws IOException {
        Path dir = Files.createTempDirectory("ptv-import");
        try {
            List<Path> pages = new ArrayList<>();
            Path channels = null;
            int n = 0;
            for (byte[] f : files) {
                Path p = dir.resolve("file-" + (n++) + ".json");
                Files.write(p, f);
                if (new String(f, 0, Math.min(f.length, 200_000), StandardCharsets.UTF_8)
                        .contains("\"serviceChannelType\"")) {
                    channels = p;
                } else {
                    pages.add(p);
                }
            }
            if (pages.isEmpty()) {
                throw new ServiceValidationException(Map.of("files", "ptv.error.noservices"));
            }
            if (channels == null) {
                channels = dir.resolve("no-channels.json");
                Files.writeString(channels, "[]");
            }
            ImportReport r;
            try {
                r = ptv.importRegion(pages, channels);
            } catch (PtvFiles.WrongShapeException e) {
                throw new ServiceValidationException(Map.of("files", "ptv.error.shape"));
            }
            auditLog.record(AuditEntry.by(currentUser.auditActor()).did(AuditAction.IMPORT, PTV_IMPORT, null)
                    .because(Purpose.SERVICE_CATALOGUE));
            Map<String, String> names = new LinkedHashMap<>();
            for (List<ImportReport.Entry> list : List.of(r.created(), r.updated(), r.unchanged(), r.forReview())) {
                list.forEach(e -> names.put(e.ptvId(), e.name()));
            }
            return new PtvImportResult(r.createdCount(), r.updatedCount(), r.unchangedCount(),
                    r.skipped().stream().map(x -> new PtvImportResult.Skipped(x.ptvId(), x.name(), x.reason().name()))
                            .toList(),
                    r.queuedUnmapped().stream().map(ImportReport.Entry::name).toList(), ptv.openQueue().size(),
                    r.forReview().stream().map(ImportReport.Entry::name).toList(),
                    r.rejected().stream().map(x -> new PtvImportResult.Rejected(x.ptvId(),
                            names.getOrDefault(x.ptvId(), x.ptvId()), x.kind().name(),
                            // the detail is "channel-id value"
                            Links.shown(x.detail().substring(x.detail().indexOf(' ') + 1))))
                            .distinct().toList());
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Transactional(readOnly = true)
    public List<ServiceRevision> history(long id) {
        return editing.history(id);
    }

    private CurrentUser.SignedInUser editor() {
        return currentUser.get().orElseThrow();
    }

    private void audit(String objectType, long id, AuditAction action) {
        auditLog.record(AuditEntry.by(currentUser.auditActor()).did(action, objectType, String.valueOf(id))
                .because(Purpose.SERVICE_CATALOGUE));
    }

    /**
     * What a service must have; messages are translation keys by field, per language where the field
     * has three ({@code name.sv}), per channel field ({@code channels.0.url}).
     */
    static void validate(ServiceData d) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "name", d.name(), 200);
        required(errors, "summary", d.summary(), 500);
        length(errors, "description", d.description(), 5000);
        length(errors, "howToUse", d.howToUse(), 3000);
        length(errors, "requirements", d.requirements(), 3000);
        length(errors, "keywords", d.keywords(), MAX_KEYWORDS);
        if (d.domains().isEmpty()) {
            errors.put("domains", "editor.error.domains");
        }
        if (d.internalReferral() != null && d.internalReferral().length() > 3000) {
            errors.put("referral", "editor.error.toolong.3000");
        }
        if (d.internalContact() != null && d.internalContact().length() > 500) {
            errors.put("contact", "editor.error.toolong.500");
        }
        errors.putAll(Links.channelErrors(d.channels()));
        if (!errors.isEmpty()) {
            throw new ServiceValidationException(errors);
        }
    }

    private static void required(Map<String, String> errors, String field, LocalizedText t, int max) {
        if (t.fi().isBlank()) {
            errors.put(field + ".fi", "editor.error.required.fi");
        }
        length(errors, field, t, max);
    }

    private static void length(Map<String, String> errors, String field, LocalizedText t, int max) {
        String[] values = {t.fi(), t.sv(), t.en()};
        for (int i = 0; i < 3; i++) {
            if (values[i] != null && values[i].length() > max) {
                errors.put(field + "." + LANGUAGES[i], "editor.error.toolong." + max);
            }
        }
    }
}
