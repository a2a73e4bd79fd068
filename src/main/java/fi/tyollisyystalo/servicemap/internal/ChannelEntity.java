package fi.tyollisyystalo.servicemap.internal;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Table;

import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.OpeningHours;

/** One way into a service: a location, a phone line, a web page or an e-service. */
@Entity
@Table(name = "service_channel")
public class ChannelEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ServiceEntity service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ChannelType type;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "name_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "name_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", columnDefinition = "text"))})
    private Texts name;

    private @Nullable String street;

    @Column(name = "postal_code", length = 10)
    private @Nullable String postalCode;

    @Column(name = "municipality", length = 3)
    private @Nullable String municipality;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    @Column(name = "opening_hours", columnDefinition = "text")
    @Convert(converter = OpeningHoursConverter.class)
    private OpeningHours openingHours = OpeningHours.NONE;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "accessibility_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "accessibility_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "accessibility_en", columnDefinition = "text"))})
    private Texts accessibility;

    @Column(name = "phone_number", length = 40)
    private @Nullable String phoneNumber;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "phone_hours_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "phone_hours_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "phone_hours_en", columnDefinition = "text"))})
    private Texts phoneHours;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fi", column = @Column(name = "phone_cost_fi", columnDefinition = "text")),
        @AttributeOverride(name = "sv", column = @Column(name = "phone_cost_sv", columnDefinition = "text")),
        @AttributeOverride(name = "en", column = @Column(name = "phone_cost_en", columnDefinition = "text"))})
    private Texts phoneCost;

    @Column(length = 1000)
    private @Nullable String url;

    @SuppressWarnings("NullAway.Init")
    protected ChannelEntity() {
    }

    ChannelEntity(ServiceEntity service, ChannelType type, int position, ChannelData data) {
        this.service = service;
        this.type = type;
        this.position = position;
        update(data);
    }

    void update(ChannelData d) {
        this.name = Texts.of(d.name());
        this.street = d.street();
        this.postalCode = d.postalCode();
        this.municipality = d.municipality();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.openingHours = d.openingHours() == null ? OpeningHours.NONE : d.openingHours();
        this.accessibility = Texts.of(d.accessibility());
        this.phoneNumber = d.phoneNumber();
        this.phoneHours = Texts.of(d.phoneHours());
        this.phoneCost = Texts.of(d.phoneCost());
        this.url = d.url();
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public ChannelType type() {
        return type;
    }

    public int position() {
        return position;
    }

    public ChannelData data() {
        return new ChannelData(type, name.value(), street, postalCode, municipality, latitude, longitude, openingHours,
                accessibility.value(), phoneNumber, phoneHours.value(), phoneCost.value(), url);
    }
}
