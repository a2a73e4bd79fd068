package fi.tyollisyystalo.servicemap.internal.ptv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.TargetGroup;

/**
 * How PTV's classifications become ours, from a table an administrator can change without a release
 * ({@code servicemap/ptv-domain-mapping.properties}, or the file named by {@code tyollisyystalo.ptv.mapping-file}).
 * <ul>
 * <li>{@code class.P10.1=WORK,SKILLS}: a service class (ptvserclass2) gives these domains. A class missing
 * from the table falls back to its parent (P10.1 → P10). The value {@code -} marks a class as outside our
 * scope; a service whose classes are all outside it is skipped.</li>
 * <li>{@code yso.p1234=MIND}, {@code koko.p1234=MIND}: an ontology term (YSO or KOKO) adds these domains.</li>
 * <li>{@code target.KR1.6=PEOPLE_WITH_DISABILITIES}: a PTV target group gives our target groups;
 * {@code target-class.P10=UNEMPLOYED}: so does a service class (PTV has no group for job seekers).</li>
 * <li>{@code organisation.<ptv id>=KELA} and {@code organisation-word.kaupunki=MUNICIPALITY}: the type of a new
 * organisation, by PTV id or by a word of its name; else {@code organisation.default}.</li>
 * </ul>
 */
final class PtvDomainMapping {

    static final String DEFAULT_FILE = "classpath:servicemap/ptv-domain-mapping.properties";
    private static final String OUT_OF_SCOPE = "-";

    private final Map<String, ClassEntry> classes = new HashMap<>();
    private final Map<String, Set<Domain>> ontology = new HashMap<>();
    private final Map<String, Set<TargetGroup>> targets = new HashMap<>();
    private final Map<String, Set<TargetGroup>> classTargets = new HashMap<>();
    private final Map<String, OrganisationType> organisations = new HashMap<>();
    private final Map<String, OrganisationType> organisationWords = new HashMap<>();
    private final OrganisationType defaultOrganisationType;

    /** A row of the class table: its domains, or outside our scope. */
    private record ClassEntry(Set<Domain> domains, boolean outOfScope) {
    }

    /** What the classes and terms of one service give; {@code allOutOfScope} when every class is marked {@code -}. */
    record Result(Set<Domain> domains, boolean allOutOfScope) {
    }

    private PtvDomainMapping(Properties p) {
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).strip();
            if (key.startsWith("class.")) {
                classes.put(key.substring(6), value.equals(OUT_OF_SCOPE) ? new ClassEntry(Set.of(), true)
                        : new ClassEntry(enums(value, Domain.class), false));
            } else if (key.startsWith("yso.") || key.startsWith("koko.")) {
                ontology.put(key, enums(value, Domain.class));
            } else if (key.startsWith("target.")) {
                targets.put(key.substring(7), enums(value, TargetGroup.class));
            } else if (key.startsWith("target-class.")) {
                classTargets.put(key.substring(13), enums(value, TargetGroup.class));
            } else if (key.startsWith("organisation-word.")) {
                organisationWords.put(key.substring(18).toLowerCase(Locale.ROOT), OrganisationType.valueOf(value));
            } else if (key.startsWith("organisation.") && !key.equals("organisation.default")) {
                organisations.put(key.substring(13), OrganisationType.valueOf(value));
            }
        }
        defaultOrganisationType = OrganisationType.valueOf(
                p.getProperty("organisation.default", "MUNICIPALITY").strip());
    }

    static PtvDomainMapping from(Properties properties) {
        return new PtvDomainMapping(properties);
    }

    static PtvDomainMapping load(Resource resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource.getInputStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new PtvDomainMapping(p);
    }

    /** The domains of a service: those of its classes (with parent fallback) and of its ontology terms. */
    Result domains(Collection<Ptv.Finto> serviceClasses, Collection<Ptv.Finto> ontologyTerms) {
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        boolean anyClass = false;
        boolean allOut = true;
        for (Ptv.Finto c : serviceClasses) {
            String code = classCode(c);
            if (code == null) {
                continue;
            }
            anyClass = true;
            ClassEntry entry = lookup(code);
            if (entry == null || !entry.outOfScope()) {
                allOut = false;
            }
            if (entry != null) {
                domains.addAll(entry.domains());
            }
        }
        for (Ptv.Finto t : ontologyTerms) {
            String key = ontologyKey(t.uri());
            if (key != null && ontology.containsKey(key)) {
                domains.addAll(ontology.get(key));
            }
        }
        return new Result(domains, anyClass && allOut && domains.isEmpty());
    }

    /** The row of the code or of its nearest parent that has one. */
    private @Nullable ClassEntry lookup(String code) {
        for (String c = code; c != null; c = parent(c)) {
            ClassEntry entry = classes.get(c);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    Set<TargetGroup> targetGroups(Collection<Ptv.Finto> ptvTargetGroups, Collection<Ptv.Finto> serviceClasses) {
        Set<TargetGroup> result = EnumSet.noneOf(TargetGroup.class);
        for (Ptv.Finto t : ptvTargetGroups) {
            String code = code(t, "/code/");
            if (code != null) {
                result.addAll(targets.getOrDefault(code, Set.of()));
            }
        }
        for (Ptv.Finto c : serviceClasses) {
            for (String code = classCode(c); code != null; code = parent(code)) {
                if (classTargets.containsKey(code)) {
                    result.addAll(classTargets.get(code));
                    break;
                }
            }
        }
        return result;
    }

    OrganisationType organisationType(String ptvId, @Nullable String name) {
        OrganisationType byId = organisations.get(ptvId);
        if (byId != null) {
            return byId;
        }
        if (name != null) {
            for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                OrganisationType byWord = organisationWords.get(word);
                if (byWord != null) {
                    return byWord;
                }
            }
        }
        return defaultOrganisationType;
    }

    /** PTV: Charged / Chargeable → CHARGED, Free / FreeOfCharge → FREE, Other → PARTLY_CHARGED. */
    static ChargeType chargeType(@Nullable String ptv, @Nullable String fundingType) {
        if (ptv == null || ptv.isBlank()) {
            return "MarketFunded".equalsIgnoreCase(fundingType) ? ChargeType.CHARGED : ChargeType.FREE;
        }
        return switch (ptv.toLowerCase(Locale.ROOT)) {
            case "charged", "chargeable" -> ChargeType.CHARGED;
            case "other" -> ChargeType.PARTLY_CHARGED;
            default -> ChargeType.FREE;
        };
    }

    /** Printable forms are shown as a link to the form, so they are web pages for us. */
    static @Nullable ChannelType channelType(@Nullable String ptv) {
        if (ptv == null) {
            return null;
        }
        return switch (ptv) {
            case "EChannel" -> ChannelType.ESERVICE;
            case "Phone" -> ChannelType.PHONE;
            case "PrintableForm", "WebPage" -> ChannelType.WEB;
            case "ServiceLocation" -> ChannelType.LOCATION;
            default -> null;
        };
    }

    /** The code of a service class: {@code code}, else the end of its URI (…/ptvserclass2/code/P10.1). */
    static @Nullable String classCode(Ptv.Finto c) {
        return code(c, "/code/");
    }

    private static @Nullable String code(Ptv.Finto f, String marker) {
        if (f.code() != null && !f.code().isBlank()) {
            return f.code().strip();
        }
        String uri = f.uri();
        if (uri == null) {
            return null;
        }
        int at = uri.lastIndexOf(marker);
        return at < 0 ? null : uri.substring(at + marker.length()).strip();
    }

    /** yso.p1234 for http://www.yso.fi/onto/yso/p1234, koko.p1234 for …/onto/koko/p1234. */
    static @Nullable String ontologyKey(@Nullable String uri) {
        if (uri == null) {
            return null;
        }
        String[] parts = uri.split("/");
        if (parts.length < 2) {
            return null;
        }
        return parts[parts.length - 2].toLowerCase(Locale.ROOT) + "." + parts[parts.length - 1];
    }

    private static @Nullable String parent(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    private static <E extends Enum<E>> Set<E> enums(String value, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String v : value.split(",")) {
            if (!v.isBlank()) {
                set.add(Enum.valueOf(type, v.strip()));
            }
        }
        return set;
    }
}
