package fi.tyollisyystalo.servicemap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.security.EditorOnly;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.servicemap.internal.ServiceEditing;
import fi.tyollisyystalo.servicemap.internal.ServiceStore;

/**
 * The service editor's work: list, create, edit and translate, publish and unpublish, with the edit
 * history. Only SERVICE_EDITOR; every change is searchable at once (the index follows the commit).
 */
@Service
@EditorOnly
public class ServiceEditorService {

    /** The longest keyword text in one language (the words residents use, comma separated). */
    public static final int MAX_KEYWORDS = 500;

    private static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");

    private final ServiceEditing editing;
    private final fi.tyollisyystalo.servicemap.internal.ptv.PtvImporter ptv;
    private final ServiceStore store;
    private final CurrentUser currentUser;

    ServiceEditorService(ServiceEditing editing, ServiceStore store, CurrentUser currentUser,
            fi.tyollisyystalo.servicemap.internal.ptv.PtvImporter ptv) {
        this.editing = editing;
        this.ptv = ptv;
        this.store = store;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Page<EditorListItem> list(String text, Pageable pageable) {
        return editing.list(text, pageable);
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
        return editing.create(organisationId, data, editor.subject(), editor.displayName());
    }

    @Transactional
    public void update(long id, long organisationId, ServiceData data) {
        validate(data);
        var editor = editor();
        editing.update(id, organisationId, data, editor.subject(), editor.displayName());
    }

    @Transactional
    public void publish(long id) {
        ServiceDetails d = store.details(id).orElseThrow();
        validate(d.data());
        var editor = editor();
        editing.setStatus(id, PublishingStatus.PUBLISHED, editor.subject(), editor.displayName());
    }

    @Transactional
    public void unpublish(long id) {
        var editor = editor();
        editing.setStatus(id, PublishingStatus.DRAFT, editor.subject(), editor.displayName());
    }

    /** Creates (id null) or updates a provider organisation. */
    @Transactional
    public long saveOrganisation(@org.jspecify.annotations.Nullable Long id, LocalizedText name, OrganisationType type,
            @org.jspecify.annotations.Nullable String website) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "name", name, 200);
        String site = website == null || website.isBlank() ? null : website.strip();
        if (site != null && !URL.matcher(site).matches()) {
            errors.put("website", "editor.error.channel.url");
        }
        if (!errors.isEmpty()) {
            throw new ServiceValidationException(errors);
        }
        return editing.saveOrganisation(id, name, type, site);
    }

    /**
     * Imports a PTV OUT API export: service list pages and one channels file (told apart by their
     * content). Services are created as drafts or updated; the result says what happened to each.
     */
    public PtvImportResult importPtv(List<byte[]> files) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ptv-import");
        try {
            List<java.nio.file.Path> pages = new java.util.ArrayList<>();
            java.nio.file.Path channels = null;
            int n = 0;
            for (byte[] f : files) {
                java.nio.file.Path p = dir.resolve("file-" + (n++) + ".json");
                java.nio.file.Files.write(p, f);
                if (new String(f, 0, Math.min(f.length, 200_000), java.nio.charset.StandardCharsets.UTF_8)
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
                java.nio.file.Files.writeString(channels, "[]");
            }
            var r = ptv.importRegion(pages, channels);
            return new PtvImportResult(r.createdCount(), r.updatedCount(), r.unchangedCount(),
                    r.skipped().stream().map(x -> new PtvImportResult.Skipped(x.ptvId(), x.name(), x.reason().name()))
                            .toList(),
                    r.queuedUnmapped().stream().map(e -> e.name()).toList(), ptv.openQueue().size());
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Transactional(readOnly = true)
    public List<ServiceRevision> history(long id) {
        return editing.history(id);
    }

    private CurrentUser.SignedInUser editor() {
        return currentUser.get().orElseThrow();
    }

    /** What a published service must have; messages are translation keys shown at the fields. */
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
        for (ChannelData c : d.channels()) {
            if ((c.type() == ChannelType.WEB || c.type() == ChannelType.ESERVICE)
                    && (c.url() == null || !URL.matcher(c.url()).matches())) {
                errors.put("channels", "editor.error.channel.url");
            }
            if (c.type() == ChannelType.PHONE && (c.phoneNumber() == null || c.phoneNumber().isBlank())) {
                errors.put("channels", "editor.error.channel.phone");
            }
        }
        if (!errors.isEmpty()) {
            throw new ServiceValidationException(errors);
        }
    }

    private static void required(Map<String, String> errors, String field, LocalizedText t, int max) {
        if (t.fi().isBlank()) {
            errors.put(field, "editor.error.required.fi");
        } else {
            length(errors, field, t, max);
        }
    }

    private static void length(Map<String, String> errors, String field, LocalizedText t, int max) {
        for (String v : new String[] {t.fi(), t.sv(), t.en()}) {
            if (v != null && v.length() > max) {
                errors.put(field, "editor.error.toolong." + max);
            }
        }
    }
}
