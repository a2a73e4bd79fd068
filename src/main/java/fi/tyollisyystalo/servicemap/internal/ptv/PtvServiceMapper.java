package fi.tyollisyystalo.servicemap.internal.ptv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.TargetGroup;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.Note;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.NoteKind;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.SkipReason;

/**
 * Decides what one PTV service becomes: skipped (with the reason), or our service data with the
 * domains the mapping gives and a fingerprint of everything that went into it.
 */
final class PtvServiceMapper {

    private static final Set<String> NAME = Set.of("Name");
    private static final Set<String> SUMMARY = Set.of("Summary", "ShortDescription");
    private static final Set<String> DESCRIPTION = Set.of("Description");
    private static final Set<String> HOW_TO_USE = Set.of("UserInstruction", "ServiceUserInstruction");

    private final PtvDomainMapping mapping;

    PtvServiceMapper(PtvDomainMapping mapping) {
        this.mapping = mapping;
    }

    sealed interface Outcome permits Skip, Mapped {
        String ptvId();

        LocalizedText name();
    }

    record Skip(String ptvId, LocalizedText name, SkipReason reason, String detail) implements Outcome {
    }

    /**
     * A service to store. {@code data} has the mapped domains only; {@code unmapped} when the mapping gave none.
     */
    record Mapped(String ptvId, LocalizedText name, Ptv.Item organisation, ServiceData data, Set<Domain> mappedDomains,
            boolean unmapped, String classes, String terms, @Nullable String modified, String fingerprint,
            List<Note> notes) implements Outcome {
    }

    Outcome map(Ptv.Service s, Map<String, Ptv.Channel> channels) {
        LocalizedText name = name(s);
        if (s.publishingStatus() != null && !"Published".equalsIgnoreCase(s.publishingStatus())) {
            return new Skip(s.id(), name, SkipReason.NOT_PUBLISHED, s.publishingStatus());
        }
        Set<String> municipalities = municipalities(s);
        if (municipalities == null) {
            return new Skip(s.id(), name, SkipReason.OUTSIDE_REGION, areaDetail(s));
        }
        Ptv.Item organisation = organisation(s);
        if (organisation == null) {
            return new Skip(s.id(), name, SkipReason.NO_ORGANISATION, "");
        }
        PtvDomainMapping.Result domains = mapping.domains(s.serviceClasses(), s.ontologyTerms());
        String classes = s.serviceClasses().stream().map(c -> finto(c, PtvDomainMapping.classCode(c)))
                .collect(Collectors.joining("; "));
        if (domains.allOutOfScope()) {
            return new Skip(s.id(), name, SkipReason.OUT_OF_SCOPE, classes);
        }
        List<Note> notes = new ArrayList<>();
        List<Ptv.Channel> used = new ArrayList<>();
        List<ChannelData> channelData = channels(s, channels, used, notes);
        Set<TargetGroup> targets = mapping.targetGroups(s.targetGroups(), s.serviceClasses());
        ServiceData data = new ServiceData(name, PtvTexts.typed(s.serviceDescriptions(), SUMMARY),
                PtvTexts.typed(s.serviceDescriptions(), DESCRIPTION),
                PtvTexts.typed(s.serviceDescriptions(), HOW_TO_USE),
                PtvTexts.of(s.requirements()), PtvDomainMapping.chargeType(s.serviceChargeType(), s.fundingType()),
                domains.domains(), municipalities, languages(s), targets, channelData, null, null,
                PtvTexts.keywords(s.keywords()));
        String terms = s.ontologyTerms().stream().map(t -> finto(t, t.uri())).collect(Collectors.joining("; "));
        String fingerprint = fingerprint(s, used, data);
        return new Mapped(s.id(), name, organisation, data, domains.domains(), domains.domains().isEmpty(), classes,
                terms, s.modified(), fingerprint, notes);
    }

    private List<ChannelData> channels(Ptv.Service s, Map<String, Ptv.Channel> channels, List<Ptv.Channel> used,
            List<Note> notes) {
        List<ChannelData> result = new ArrayList<>();
        for (Ptv.ChannelLink link : s.serviceChannels()) {
            String id = link.serviceChannel().id();
            Ptv.Channel c = channels.get(id);
            if (c == null) {
                notes.add(new Note(s.id(), NoteKind.CHANNEL_NOT_FOUND, id));
                continue;
            }
            if (c.publishingStatus() != null && !"Published".equalsIgnoreCase(c.publishingStatus())) {
                notes.add(new Note(s.id(), NoteKind.CHANNEL_NOT_PUBLISHED, id + " " + c.publishingStatus()));
                continue;
            }
            ChannelType type = PtvDomainMapping.channelType(c.serviceChannelType());
            if (type == null) {
                notes.add(new Note(s.id(), NoteKind.CHANNEL_TYPE_UNKNOWN, id + " " + c.serviceChannelType()));
                continue;
            }
            used.add(c);
            result.addAll(PtvChannelMapper.map(c, type, (kind, detail) -> notes.add(new Note(s.id(), kind,
                    id + " " + detail))));
        }
        return result;
    }

    /**
     * The region's municipalities the service covers: empty for the whole region (nationwide, or every
     * municipality of the region), null when it covers none of them.
     */
    static @Nullable Set<String> municipalities(Ptv.Service s) {
        String areaType = s.areaType() == null ? "" : s.areaType();
        if (areaType.startsWith("Nationwide") || areaType.startsWith("WholeCountry")) {
            return Set.of();
        }
        Set<String> inRegion = new TreeSet<>();
        for (String code : areaCodes(s)) {
            if (Region.isMunicipality(code)) {
                inRegion.add(code);
            }
        }
        if (inRegion.isEmpty()) {
            return null;
        }
        return inRegion.containsAll(Region.municipalities().keySet()) ? Set.of() : inRegion;
    }

    private static Set<String> areaCodes(Ptv.Service s) {
        Set<String> codes = new LinkedHashSet<>();
        for (Ptv.Area a : s.areas()) {
            if ("Municipality".equalsIgnoreCase(a.type()) && a.code() != null) {
                codes.add(municipalityCode(a.code()));
            }
            for (Ptv.Municipality m : a.municipalities()) {
                codes.add(municipalityCode(m.code()));
            }
        }
        return codes;
    }

    private static String areaDetail(Ptv.Service s) {
        Set<String> codes = areaCodes(s);
        String shown = codes.stream().limit(10).collect(Collectors.joining(","));
        return (s.areaType() == null ? "" : s.areaType()) + (codes.isEmpty() ? "" : " " + shown)
                + (codes.size() > 10 ? ",…" : "");
    }

    /** Statistics Finland codes have three digits: 91 is 091. */
    static @Nullable String municipalityCode(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        return c.length() < 3 && c.chars().allMatch(Character::isDigit) ? "0".repeat(3 - c.length()) + c : c;
    }

    /** The responsible organisation, else the first one given. */
    private static Ptv.@Nullable Item organisation(Ptv.Service s) {
        return s.organizations().stream().filter(o -> "Responsible".equalsIgnoreCase(o.roleType())).findFirst()
                .or(() -> s.organizations().stream().findFirst()).map(Ptv.OrganizationLink::organization)
                .orElse(null);
    }

    private static LocalizedText name(Ptv.Service s) {
        LocalizedText name = PtvTexts.typed(s.serviceNames(), NAME);
        return name.isBlank() ? PtvTexts.typed(s.serviceNames(),
                s.serviceNames().stream().map(n -> n.type() == null ? "" : n.type()).collect(Collectors.toSet()))
                : name;
    }

    private static Set<String> languages(Ptv.Service s) {
        return s.languages().stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> l.length() <= 3)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String finto(Ptv.Finto f, @Nullable String id) {
        String fi = PtvTexts.in(f.name(), "fi");
        return (id == null ? "?" : id) + (fi == null ? "" : " " + fi);
    }

    /**
     * SHA-256 of the PTV records we read (the service and the channels it uses, in order) and of what
     * the mapping made of them, so that a new mapping table updates the services it changes.
     */
    private static String fingerprint(Ptv.Service s, List<Ptv.Channel> channels, ServiceData data) {
        String mapped = sorted(data.domains()) + "|" + sorted(data.targetGroups()) + "|" + sorted(data.municipalities())
                + "|" + data.chargeType();
        String text = PtvFiles.canonical(s) + "|" + PtvFiles.canonical(channels) + "|" + mapped;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }
}
