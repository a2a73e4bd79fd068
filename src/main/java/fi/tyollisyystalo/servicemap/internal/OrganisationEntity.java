package fi.tyollisyystalo.servicemap.internal;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fi.tyollisyystalo.servicemap.OrganisationType;

/** A provider of services: the wellbeing county, a municipality, Kela, an NGO, a company… */
@Entity
@Table(name = "organisation")
public class OrganisationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "org_key", nullable = false, unique = true, length = 120)
    private String key;

    @Column(name = "ptv_id", length = 64)
    private @Nullable String ptvId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private OrganisationType type;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "name_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "name_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", columnDefinition = "text"))})
    @IndexedEmbedded(includePaths = {"fi", "fi_whole", "sv", "en", "fi_stored", "sv_stored", "en_stored"})
    private Texts name;

    @Column(length = 500)
    private @Nullable String website;

    /** The inverse side, so that a renamed organisation is re-indexed in its services too. */
    @OneToMany(mappedBy = "organisation")
    private List<ServiceEntity> services = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected OrganisationEntity() {
    }

    public OrganisationEntity(String key, OrganisationType type, Texts name, @Nullable String website) {
        this.key = key;
        this.type = type;
        this.name = name;
        this.website = website;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String key() {
        return key;
    }

    public @Nullable String ptvId() {
        return ptvId;
    }

    public void setPtvId(@Nullable String ptvId) {
        this.ptvId = ptvId;
    }

    public OrganisationType type() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public Texts name() {
        return name;
    }

    public @Nullable String website() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }
}
