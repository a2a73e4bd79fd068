package fi.tyollisyystalo.servicemap.internal.ptv;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.internal.Texts;

/**
 * An imported service whose PTV classes and terms map to none of our domains: an editor gives it
 * domains (or leaves it a draft). Open while {@code resolvedAt} is null.
 */
@Entity
@Table(name = "ptv_unmapped")
class PtvUnmappedEntity {

    /** Why a row was closed. */
    enum Resolution {
        /** The mapping gives the service domains now (a changed table, or changed classes in PTV). */
        MAPPED,
        /** An editor gave the service domains. */
        EDITOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "ptv_id", nullable = false, length = 64)
    private String ptvId;

    @Column(name = "service_id")
    private @Nullable Long serviceId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "name_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "name_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", columnDefinition = "text"))})
    private Texts name;

    @Column(name = "service_classes", columnDefinition = "text")
    private @Nullable String serviceClasses;

    @Column(name = "ontology_terms", columnDefinition = "text")
    private @Nullable String ontologyTerms;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(length = 20)
    private @Nullable String resolution;

    @SuppressWarnings("NullAway.Init")
    protected PtvUnmappedEntity() {
    }

    PtvUnmappedEntity(String ptvId, Instant now) {
        this.ptvId = ptvId;
        this.name = Texts.of(LocalizedText.EMPTY);
        this.firstSeen = now;
        this.lastSeen = now;
    }

    /** The service is still unmapped: (re)open the row with what PTV says now. */
    void seen(long serviceId, LocalizedText name, String classes, String terms, Instant now) {
        this.serviceId = serviceId;
        this.name = Texts.of(name);
        this.serviceClasses = classes;
        this.ontologyTerms = terms;
        this.lastSeen = now;
        this.resolvedAt = null;
        this.resolution = null;
    }

    void resolve(Resolution why, Instant now) {
        if (resolvedAt == null) {
            this.resolvedAt = now;
            this.resolution = why.name();
        }
    }

    boolean isOpen() {
        return resolvedAt == null;
    }

    String ptvId() {
        return ptvId;
    }
}
