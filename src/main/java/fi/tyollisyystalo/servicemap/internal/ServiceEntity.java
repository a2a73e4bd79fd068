package fi.tyollisyystalo.servicemap.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.TargetGroup;

/** A work-ability service of the region, indexed for search in three languages with facets. */
@Entity
@Table(name = "service")
@Indexed(index = "service")
public class ServiceEntity {

    /** Indexed in place of an empty municipality list: the service covers the whole region. */
    public static final String WHOLE_REGION = "ALL";

    /**
     * Version of what a service's index document holds. Raise it with every change of the mapping or
     * of the analysis: {@link SearchIndexInitializer} rebuilds an index whose documents carry another
     * version (an index on disk or on a search server outlives the application version that wrote it).
     * 2: the hit cards' fields are stored in the index. 3: status and updatedAt are projectable, for the
     * start-up comparison of every document with the database. 4: keywords, and the Finnish whole-word
     * fields.
     */
    public static final int INDEX_VERSION = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "service_key", nullable = false, unique = true, length = 120)
    private String key;

    @Column(name = "ptv_id", length = 64)
    private @Nullable String ptvId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    @IndexedEmbedded(includePaths = {"type", "name.fi", "name.fi_whole", "name.sv", "name.en", "name.fi_stored",
        "name.sv_stored", "name.en_stored"})
    private OrganisationEntity organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField(projectable = Projectable.YES)
    private PublishingStatus status = PublishingStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_type", nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ChargeType chargeType = ChargeType.FREE;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "name_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "name_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", columnDefinition = "text"))})
    @IndexedEmbedded
    private Texts name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "summary_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "summary_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en", columnDefinition = "text"))})
    @IndexedEmbedded(includePaths = {"fi", "fi_whole", "sv", "en", "fi_prefix", "sv_prefix", "en_prefix", "fi_stored",
        "sv_stored", "en_stored"})
    private Texts summary;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "description_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "description_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", columnDefinition = "text"))})
    @IndexedEmbedded(includePaths = {"fi", "fi_whole", "sv", "en"})
    private Texts description;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "how_to_use_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "how_to_use_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "how_to_use_en", columnDefinition = "text"))})
    private Texts howToUse;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "requirements_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "requirements_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "requirements_en", columnDefinition = "text"))})
    private Texts requirements;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "keywords_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "keywords_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "keywords_en", columnDefinition = "text"))})
    @IndexedEmbedded(includePaths = {"fi", "fi_whole", "sv", "en"})
    private @Nullable Texts keywords;

    @Column(name = "internal_referral", columnDefinition = "text")
    private @Nullable String internalReferral;

    @Column(name = "internal_contact", length = 500)
    private @Nullable String internalContact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_domain", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "domain", length = 20)
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<Domain> domains = EnumSet.noneOf(Domain.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_municipality", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "municipality", length = 3)
    private Set<String> municipalities = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_language", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "language", length = 3)
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_target_group", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "target_group", length = 40)
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @IndexedEmbedded(includePaths = "type")
    private List<ChannelEntity> channels = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ServiceEntity() {
    }

    public ServiceEntity(String key, OrganisationEntity organisation, ServiceData data, Instant now) {
        this.key = key;
        this.organisation = organisation;
        update(data, now);
    }

    /** Replaces everything the editor can change, channels included. */
    public void update(ServiceData d, Instant now) {
        this.name = Texts.of(d.name());
        this.summary = Texts.of(d.summary());
        this.description = Texts.of(d.description());
        this.howToUse = Texts.of(d.howToUse());
        this.requirements = Texts.of(d.requirements());
        this.keywords = Texts.of(d.keywords());
        this.chargeType = d.chargeType();
        this.internalReferral = d.internalReferral();
        this.internalContact = d.internalContact();
        this.domains.clear();
        this.domains.addAll(d.domains());
        this.municipalities.clear();
        this.municipalities.addAll(d.municipalities());
        this.languages.clear();
        this.languages.addAll(d.languages());
        this.targetGroups.clear();
        this.targetGroups.addAll(d.targetGroups());
        this.channels.clear();
        int position = 0;
        for (ChannelData c : d.channels()) {
            channels.add(new ChannelEntity(this, c.type(), position++, c));
        }
        this.updatedAt = now;
    }

    /** Municipalities for the index: an empty list means the whole region. */
    @KeywordField(name = "municipalities", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "municipalities")))
    public Set<String> getIndexedMunicipalities() {
        return municipalities.isEmpty() ? Set.of(WHOLE_REGION) : municipalities;
    }

    /** {@link #INDEX_VERSION}, indexed with every document. */
    @GenericField(name = "indexVersion")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public int getIndexVersion() {
        return INDEX_VERSION;
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

    public OrganisationEntity organisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationEntity organisation) {
        this.organisation = organisation;
    }

    public PublishingStatus status() {
        return status;
    }

    public void setStatus(PublishingStatus status) {
        this.status = status;
    }

    /** A change that does not touch the data (publishing) still moves the service up in the editor's list. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public ServiceData data() {
        return new ServiceData(name.value(), summary.value(), description.value(), howToUse.value(),
                requirements.value(), chargeType, Set.copyOf(domains), Set.copyOf(municipalities),
                Set.copyOf(languages), Set.copyOf(targetGroups), channels.stream().map(ChannelEntity::data).toList(),
                internalReferral, internalContact, keywords == null ? LocalizedText.EMPTY : keywords.value());
    }
}
