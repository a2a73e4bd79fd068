package fi.tyollisyystalo.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.TargetGroup;
import fi.tyollisyystalo.servicemap.internal.OrganisationEntity;
import fi.tyollisyystalo.servicemap.internal.ServiceEntity;
import fi.tyollisyystalo.servicemap.internal.Texts;

/**
 * A seeded generator of large, realistic service catalogues for benchmarks. Its vocabulary is the demo
 * catalogue ({@code servicemap/demo-catalogue.json}): real service names, summaries and descriptions in
 * Finnish, Swedish and English are recombined with the region's municipalities, target groups, domains,
 * organisations and one to four channels with addresses, phone lines and opening hours. The same seed
 * gives the same catalogue.
 *
 * <p>Rows go in through the real JPA entities ({@link OrganisationEntity}, {@link ServiceEntity} and its
 * channels), in transactions of {@code batchSize} services. With {@code indexWhileLoading = false} the
 * search index does not follow the load (Hibernate Search's indexing plan filter excludes services), so
 * the caller rebuilds it afterwards with the mass indexer, as {@code SearchIndexInitializer} does.
 */
public final class SyntheticCatalogue {

    /** What was inserted and how long it took. */
    public record Stats(int organisations, int services, int published, int channels, Duration elapsed) {
    }

    private record Template(String organisation, LocalizedText name, LocalizedText summary,
            LocalizedText description, LocalizedText howToUse, LocalizedText requirements, ChargeType chargeType,
            Set<Domain> domains, Set<TargetGroup> targetGroups, Set<String> languages, Set<String> municipalities,
            List<Map<String, Object>> channels, @Nullable String referral, @Nullable String contact) {
    }

    private record OrgTemplate(String key, OrganisationType type, LocalizedText name, @Nullable String website) {
    }

    private record Address(String street, String postalCode, double lat, double lon) {
    }

    /** Qualifiers that real catalogues add to a service name, in fi/sv/en. */
    private static final List<LocalizedText> QUALIFIERS = List.of(
            new LocalizedText("ryhmä", "grupp", "group"),
            new LocalizedText("etäpalvelu", "distanstjänst", "remote service"),
            new LocalizedText("iltavastaanotto", "kvällsmottagning", "evening clinic"),
            new LocalizedText("nuoret", "unga", "young people"),
            new LocalizedText("ikääntyneet", "äldre", "older people"),
            new LocalizedText("maahanmuuttajat", "invandrare", "immigrants"),
            new LocalizedText("ajanvaraus", "tidsbokning", "appointments"),
            new LocalizedText("kokeilu", "försök", "pilot"));

    private static final List<List<OpeningHours.Weekly>> WEEKLY_PATTERNS = List.of(
            List.of(weekly("MON-FRI", "08:00", "16:00")),
            List.of(weekly("MON-THU", "08:00", "15:30"), weekly("FRI", "08:00", "14:00")),
            List.of(weekly("MON-FRI", "09:00", "15:00")),
            List.of(weekly("TUE-THU", "12:00", "16:00")),
            List.of(weekly("MON-FRI", "08:00", "18:00"), weekly("SAT", "10:00", "14:00")),
            List.of(weekly("MON", "09:00", "12:00"), weekly("WED", "12:00", "18:00")),
            List.of(weekly("MON-SUN", "00:00", "23:59")));

    private static final List<OpeningHours.Exception> HOLIDAYS = List.of(
            new OpeningHours.Exception(LocalDate.parse("2026-12-24"), true, null, null),
            new OpeningHours.Exception(LocalDate.parse("2026-12-25"), true, null, null),
            new OpeningHours.Exception(LocalDate.parse("2026-12-31"), false, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new OpeningHours.Exception(LocalDate.parse("2027-01-01"), true, null, null));

    private final long seed;
    private final List<Template> templates = new ArrayList<>();
    private final List<OrgTemplate> orgTemplates = new ArrayList<>();
    private final List<Map<String, Object>> channelPool = new ArrayList<>();
    private final Map<String, List<Address>> addresses = new LinkedHashMap<>();
    private final List<LocalizedText> phoneHours = new ArrayList<>();
    private final List<String> municipalityCodes = List.copyOf(Region.municipalities().keySet());

    private SyntheticCatalogue(long seed, Map<String, Object> catalogue) {
        this.seed = seed;
        for (Map<String, Object> o : list(catalogue.get("organisations"))) {
            orgTemplates.add(new OrgTemplate(str(o.get("key")), OrganisationType.valueOf(str(o.get("type"))),
                    text(o.get("name")), (String) o.get("website")));
        }
        for (Map<String, Object> s : list(catalogue.get("services"))) {
            Map<String, Object> internal = map(s.get("internal"));
            List<Map<String, Object>> channels = list(s.get("channels"));
            templates.add(new Template(str(s.get("organisation")), text(s.get("name")), text(s.get("summary")),
                    text(s.get("description")), text(s.get("howToUse")), text(s.get("requirements")),
                    ChargeType.valueOf(str(s.get("chargeType"))), enums(s.get("domains"), Domain.class),
                    enums(s.get("targetGroups"), TargetGroup.class), strings(s.get("languages")),
                    strings(s.get("municipalities")), channels,
                    internal == null ? null : (String) internal.get("referral"),
                    internal == null ? null : (String) internal.get("contactPerson")));
            for (Map<String, Object> c : channels) {
                channelPool.add(c);
                if ("LOCATION".equals(c.get("type")) && c.get("municipality") != null && c.get("lat") != null) {
                    addresses.computeIfAbsent(str(c.get("municipality")), k -> new ArrayList<>())
                            .add(new Address(str(c.get("street")), str(c.get("postalCode")),
                                    ((Number) c.get("lat")).doubleValue(), ((Number) c.get("lon")).doubleValue()));
                }
                if ("PHONE".equals(c.get("type")) && c.get("hours") instanceof Map<?, ?>) {
                    phoneHours.add(text(c.get("hours")));
                }
            }
        }
        if (templates.isEmpty() || orgTemplates.isEmpty()) {
            throw new IllegalStateException("The demo catalogue has no services or organisations");
        }
    }

    /** A generator over the demo catalogue's vocabulary. */
    public static SyntheticCatalogue fromDemoCatalogue(long seed) {
        ClassLoader loader = SyntheticCatalogue.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("servicemap/demo-catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("servicemap/demo-catalogue.json is not on the class path");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> catalogue = JsonMapper.builder().build().readValue(in, Map.class);
            return new SyntheticCatalogue(seed, catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many organisations a catalogue of this many services gets: the demo ones plus one per 40 services. */
    public int organisationCount(int services) {
        return Math.max(orgTemplates.size(), services / 40);
    }

    /**
     * Inserts {@code services} services (and their organisations) in transactions of {@code batchSize}.
     * Keys start with {@code synth-}, so a catalogue can be told apart from real data.
     */
    public Stats insert(EntityManager em, TransactionTemplate tx, int services, int batchSize,
            boolean indexWhileLoading) {
        long started = System.nanoTime();
        Random rnd = new Random(seed);
        Instant now = Instant.parse("2026-11-23T08:00:00Z");

        // organisations: the demo ones, then copies for single municipalities ("MIELI Etelä-Karjala – Imatra")
        int orgCount = organisationCount(services);
        List<OrganisationEntity> orgs = new ArrayList<>();
        for (int i = 0; i < orgCount; i++) {
            OrgTemplate t = orgTemplates.get(i % orgTemplates.size());
            if (i < orgTemplates.size()) {
                orgs.add(new OrganisationEntity("synth-org-" + t.key(), t.type(), new Texts(t.name()), t.website()));
            } else {
                String code = pick(rnd, municipalityCodes);
                LocalizedText place = Region.municipalities().get(code);
                LocalizedText name = new LocalizedText(t.name().fi() + " – " + place.fi(),
                        t.name().sv() == null ? null : t.name().sv() + " – " + place.sv(),
                        t.name().en() == null ? null : t.name().en() + " – " + place.en());
                orgs.add(new OrganisationEntity("synth-org-" + t.key() + "-" + i, t.type(), new Texts(name),
                        t.website()));
            }
        }
        tx.executeWithoutResult(s -> orgs.forEach(em::persist));
        Map<String, List<Long>> orgIdsByTemplate = new HashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            orgIdsByTemplate.computeIfAbsent(orgTemplates.get(i % orgTemplates.size()).key(), k -> new ArrayList<>())
                    .add(orgs.get(i).id());
        }

        int[] published = {0};
        int[] channels = {0};
        for (int from = 0; from < services; from += batchSize) {
            int start = from;
            int end = Math.min(services, from + batchSize);
            tx.executeWithoutResult(status -> {
                if (!indexWhileLoading) {
                    Search.session(em).indexingPlanFilter(ctx -> ctx.exclude(ServiceEntity.class));
                }
                for (int i = start; i < end; i++) {
                    Template t = pick(rnd, templates);
                    List<Long> orgIds = orgIdsByTemplate.get(t.organisation());
                    if (orgIds == null) {
                        throw new IllegalStateException("Unknown organisation " + t.organisation());
                    }
                    // half of the services come from the template's own organisation, the rest from its local copies
                    long orgId = rnd.nextBoolean() ? orgIds.getFirst() : pick(rnd, orgIds);
                    ServiceData data = service(rnd, t);
                    ServiceEntity e = new ServiceEntity(String.format(Locale.ROOT, "synth-%06d", i),
                            em.getReference(OrganisationEntity.class, orgId), data,
                            now.minus(Duration.ofMinutes(rnd.nextInt(2 * 365 * 24 * 60))));
                    boolean isPublished = rnd.nextInt(100) < 95;
                    e.setStatus(isPublished ? PublishingStatus.PUBLISHED : PublishingStatus.DRAFT);
                    em.persist(e);
                    published[0] += isPublished ? 1 : 0;
                    channels[0] += data.channels().size();
                }
                em.flush();
                em.clear();
            });
        }
        return new Stats(orgs.size(), services, published[0], channels[0],
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** One synthetic service built on a template: its texts recombined, its place, people and channels varied. */
    private ServiceData service(Random rnd, Template t) {
        Set<String> municipalities = new LinkedHashSet<>();
        if (rnd.nextInt(100) >= 30) { // 30 % cover the whole region
            int n = 1 + rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                municipalities.add(pick(rnd, municipalityCodes));
            }
        }
        LocalizedText name = t.name();
        if (rnd.nextInt(100) < 25) {
            LocalizedText q = pick(rnd, QUALIFIERS);
            name = join(name, q, " (", ")");
        }
        if (!municipalities.isEmpty() && rnd.nextBoolean()) {
            name = join(name, Region.municipalities().get(municipalities.iterator().next()), ", ", "");
        }
        LocalizedText summary = t.summary();
        if (rnd.nextBoolean()) {
            summary = join(summary, firstSentence(pick(rnd, templates).summary()), " ", "");
        }
        LocalizedText description = t.description();
        if (rnd.nextInt(100) < 30) {
            description = join(description, firstSentence(pick(rnd, templates).description()), " ", "");
        }
        ChargeType charge = rnd.nextInt(100) < 10 ? pick(rnd, List.of(ChargeType.values())) : t.chargeType();
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        domains.addAll(t.domains());
        if (domains.isEmpty() || rnd.nextInt(100) < 20) {
            domains.add(pick(rnd, List.of(Domain.values())));
        }
        Set<TargetGroup> targets = EnumSet.noneOf(TargetGroup.class);
        targets.addAll(t.targetGroups());
        if (rnd.nextInt(100) < 30) {
            targets.add(pick(rnd, List.of(TargetGroup.values())));
        }
        Set<String> languages = new LinkedHashSet<>(t.languages());
        languages.add("fi");

        int channelCount = channelCount(rnd);
        List<Map<String, Object>> raw = new ArrayList<>(t.channels());
        java.util.Collections.shuffle(raw, rnd);
        while (raw.size() < channelCount) {
            raw.add(pick(rnd, channelPool));
        }
        List<ChannelData> channels = new ArrayList<>();
        for (Map<String, Object> c : raw.subList(0, channelCount)) {
            channels.add(channel(rnd, c, municipalities));
        }
        return new ServiceData(name, summary, description, t.howToUse(), t.requirements(), charge, domains,
                municipalities, languages, targets, channels, t.referral(), t.contact());
    }

    /** 1–4 channels, most services two or three (as in the demo catalogue). */
    private static int channelCount(Random rnd) {
        int r = rnd.nextInt(100);
        return r < 10 ? 1 : r < 60 ? 2 : r < 90 ? 3 : 4;
    }

    private ChannelData channel(Random rnd, Map<String, Object> c, Set<String> serviceMunicipalities) {
        ChannelType type = ChannelType.valueOf(str(c.get("type")));
        LocalizedText name = text(c.get("name"));
        return switch (type) {
            case LOCATION -> {
                String code = !serviceMunicipalities.isEmpty() ? pick(rnd, List.copyOf(serviceMunicipalities))
                        : c.get("municipality") != null ? str(c.get("municipality")) : pick(rnd, municipalityCodes);
                List<Address> local = addresses.getOrDefault(code, addresses.values().iterator().next());
                Address a = pick(rnd, local);
                var hours = new OpeningHours(pick(rnd, WEEKLY_PATTERNS),
                        rnd.nextInt(100) < 40 ? HOLIDAYS : List.of());
                yield new ChannelData(type, name, a.street(), a.postalCode(), code,
                        round(a.lat() + (rnd.nextDouble() - 0.5) * 0.02), round(a.lon() + (rnd.nextDouble() - 0.5) * 0.04),
                        hours, text(c.get("accessibility")), null, LocalizedText.EMPTY, LocalizedText.EMPTY, null);
            }
            case PHONE -> new ChannelData(type, name, null, null, null, null, null, null, LocalizedText.EMPTY,
                    String.format(Locale.ROOT, "+358 %d %03d %04d", 2 + rnd.nextInt(8), rnd.nextInt(1000),
                            rnd.nextInt(10_000)),
                    phoneHours.isEmpty() ? LocalizedText.EMPTY : pick(rnd, phoneHours), text(c.get("cost")), null);
            case WEB, ESERVICE -> new ChannelData(type, name, null, null, null, null, null, null,
                    LocalizedText.EMPTY, null, LocalizedText.EMPTY, LocalizedText.EMPTY,
                    (c.get("url") == null ? "https://example.fi/palvelu" : str(c.get("url"))) + "/"
                            + Integer.toString(rnd.nextInt(1 << 20), 36));
        };
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static OpeningHours.Weekly weekly(String days, String open, String close) {
        String[] range = days.split("-");
        DayOfWeek first = day(range[0]);
        DayOfWeek last = day(range[range.length - 1]);
        Set<DayOfWeek> set = EnumSet.range(first, last);
        return new OpeningHours.Weekly(set, LocalTime.parse(open), LocalTime.parse(close));
    }

    private static DayOfWeek day(String prefix) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(prefix)) {
                return d;
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    private static LocalizedText join(LocalizedText a, LocalizedText b, String before, String after) {
        return new LocalizedText(joinOne(a.fi(), b.fi(), before, after), joinNullable(a.sv(), b.sv(), before, after),
                joinNullable(a.en(), b.en(), before, after));
    }

    private static @Nullable String joinNullable(@Nullable String a, @Nullable String b, String before, String after) {
        return a == null ? null : joinOne(a, b, before, after);
    }

    private static String joinOne(String a, @Nullable String b, String before, String after) {
        return b == null || b.isBlank() || a.isBlank() ? a : a + before + b + after;
    }

    private static LocalizedText firstSentence(LocalizedText t) {
        return new LocalizedText(sentence(t.fi()), t.sv() == null ? null : sentence(t.sv()),
                t.en() == null ? null : sentence(t.en()));
    }

    private static String sentence(String s) {
        int end = s.indexOf(". ");
        return end < 0 ? s : s.substring(0, end + 1);
    }

    private static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }

    private static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static String str(@Nullable Object o) {
        return o == null ? "" : o.toString();
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, Object> map(@Nullable Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(@Nullable Object o) {
        return o instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static Set<String> strings(@Nullable Object o) {
        Set<String> set = new LinkedHashSet<>();
        if (o instanceof List<?> l) {
            l.forEach(v -> set.add(v.toString()));
        }
        return set;
    }

    private static <E extends Enum<E>> Set<E> enums(@Nullable Object o, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (o instanceof List<?> l) {
            l.forEach(v -> set.add(Enum.valueOf(type, v.toString())));
        }
        return set;
    }

    private static LocalizedText text(@Nullable Object o) {
        Map<String, Object> m = map(o);
        if (m == null) {
            return LocalizedText.EMPTY;
        }
        return new LocalizedText(str(m.getOrDefault("fi", "")), (String) m.get("sv"), (String) m.get("en"));
    }
}
