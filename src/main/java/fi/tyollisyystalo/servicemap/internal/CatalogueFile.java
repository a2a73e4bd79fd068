package fi.tyollisyystalo.servicemap.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.TargetGroup;

/** The shape of a catalogue file (the demo catalogue in resources, or a county's own seed file). */
record CatalogueFile(List<Org> organisations, List<Service> services) {

    record Org(String key, OrganisationType type, Map<String, String> name, @Nullable String website) {
    }

    record Internal(@Nullable String referral, @Nullable String contactPerson) {
    }

    /** Days as MON…SUN (or full names such as MONDAY). */
    record Hours(List<String> days, LocalTime open, LocalTime close) {

        Set<DayOfWeek> dayOfWeeks() {
            return days.stream().map(d -> java.util.Arrays.stream(DayOfWeek.values())
                    .filter(w -> w.name().startsWith(d.trim().toUpperCase(java.util.Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown day " + d)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        }
    }

    record ExceptionDay(LocalDate date, @Nullable Boolean closed, @Nullable LocalTime open, @Nullable LocalTime close) {
    }

    record Channel(ChannelType type, @Nullable Map<String, String> name, @Nullable String street,
            @Nullable String postalCode, @Nullable String municipality, @Nullable Double lat, @Nullable Double lon,
            @Nullable List<Hours> hours, @Nullable List<ExceptionDay> exceptions,
            @Nullable Map<String, String> accessibility, @Nullable String number, @Nullable Map<String, String> cost,
            @Nullable String url) {

        /** For PHONE channels "hours" is a text; for LOCATION a list. Jackson gives us what the file has. */
        ChannelData toData(@Nullable Map<String, String> phoneHours) {
            OpeningHours opening = hours == null ? OpeningHours.NONE : new OpeningHours(
                    hours.stream().map(h -> new OpeningHours.Weekly(h.dayOfWeeks(), h.open(), h.close()))
                            .toList(),
                    exceptions == null ? List.of() : exceptions.stream().map(e -> new OpeningHours.Exception(e.date(),
                            Boolean.TRUE.equals(e.closed()), e.open(), e.close())).toList());
            return new ChannelData(type, text(name), street, postalCode, municipality, lat, lon, opening,
                    text(accessibility), number, text(phoneHours), text(cost), url);
        }
    }

    record Service(String key, String organisation, Map<String, String> name, @Nullable Map<String, String> summary,
            @Nullable Map<String, String> description, @Nullable Map<String, String> howToUse,
            @Nullable Map<String, String> requirements, ChargeType chargeType, @Nullable List<String> languages,
            @Nullable List<TargetGroup> targetGroups, @Nullable List<String> municipalities, List<Domain> domains,
            @Nullable Internal internal, @Nullable List<Map<String, Object>> channels,
            @Nullable Map<String, String> keywords) {
    }

    static LocalizedText text(@Nullable Map<String, String> m) {
        if (m == null) {
            return LocalizedText.EMPTY;
        }
        return new LocalizedText(m.getOrDefault("fi", ""), m.get("sv"), m.get("en"));
    }

    static <T> Set<T> set(@Nullable List<T> list) {
        return list == null ? Set.of() : list.stream().collect(Collectors.toUnmodifiableSet());
    }

    static ServiceData data(Service s, List<ChannelData> channels) {
        return new ServiceData(text(s.name()), text(s.summary()), text(s.description()), text(s.howToUse()),
                text(s.requirements()), s.chargeType(), Set.copyOf(s.domains()), set(s.municipalities()),
                set(s.languages()), set(s.targetGroups()), channels,
                s.internal() == null ? null : s.internal().referral(),
                s.internal() == null ? null : s.internal().contactPerson(), text(s.keywords()));
    }
}
