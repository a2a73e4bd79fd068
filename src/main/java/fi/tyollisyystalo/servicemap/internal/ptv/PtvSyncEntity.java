package fi.tyollisyystalo.servicemap.internal.ptv;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fi.tyollisyystalo.servicemap.Domain;

/** What the last import of one service brought: its fingerprint and the domains the mapping gave. */
@Entity
@Table(name = "ptv_service_sync")
class PtvSyncEntity {

    @Id
    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "ptv_id", nullable = false, length = 64)
    private String ptvId;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "ptv_modified", length = 40)
    private @Nullable String ptvModified;

    @Column(name = "mapped_domains", nullable = false, length = 200)
    private String mappedDomains;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @SuppressWarnings("NullAway.Init")
    protected PtvSyncEntity() {
    }

    PtvSyncEntity(long serviceId, String ptvId) {
        this.serviceId = serviceId;
        this.ptvId = ptvId;
        this.fingerprint = "";
        this.mappedDomains = "";
        this.importedAt = Instant.EPOCH;
    }

    void record(String fingerprint, @Nullable String ptvModified, Set<Domain> mapped, Instant now) {
        this.fingerprint = fingerprint;
        this.ptvModified = ptvModified == null || ptvModified.length() > 40 ? null : ptvModified;
        this.mappedDomains = mapped.stream().map(Domain::name).sorted().collect(Collectors.joining(","));
        this.importedAt = now;
    }

    String fingerprint() {
        return fingerprint;
    }

    Set<Domain> mappedDomains() {
        Set<Domain> set = EnumSet.noneOf(Domain.class);
        Arrays.stream(mappedDomains.split(",")).filter(s -> !s.isBlank()).map(Domain::valueOf).forEach(set::add);
        return set;
    }
}
