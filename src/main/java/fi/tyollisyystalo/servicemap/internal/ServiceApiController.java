package fi.tyollisyystalo.servicemap.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.Region;
import fi.tyollisyystalo.servicemap.SearchResult;
import fi.tyollisyystalo.servicemap.ServiceDetails;
import fi.tyollisyystalo.servicemap.ServiceMapService;
import fi.tyollisyystalo.servicemap.ServiceQuery;

/**
 * The open read API of published services (documented in /api/v1/openapi.yaml). No personal data
 * and no internal fields; rate-limited per client by {@link ApiRateLimitFilter}.
 */
@RestController
@RequestMapping("/api/v1/services")
class ServiceApiController {

    private final ServiceMapService services;

    ServiceApiController(ServiceMapService services) {
        this.services = services;
    }

    record Text(String fi, @Nullable String sv, @Nullable String en) {
        static Text of(LocalizedText t) {
            return new Text(t.fi(), t.sv(), t.en());
        }
    }

    record ApiChannel(String type, Text name, @Nullable String street, @Nullable String postalCode,
            @Nullable String municipality, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable Object openingHours, @Nullable String phoneNumber, @Nullable String url) {
    }

    record ApiService(long id, Text name, Text summary, Text description, Text howToUse, Text organisation,
            String organisationType, List<String> domains, List<String> municipalities, List<String> languages,
            List<String> targetGroups, String chargeType, List<ApiChannel> channels, String updatedAt) {
    }

    record ApiPage(List<ApiService> content, int page, int size, long totalElements, long totalPages) {
    }

    /** The published limits of the parameters (openapi.yaml). */
    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_PAGE = 10_000;

    @GetMapping
    ApiPage search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) List<String> domain,
            @RequestParam(required = false) List<String> municipality, @RequestParam(defaultValue = "fi") String lang,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new ApiProblems.InvalidParameter("q", "q is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        Set<Domain> domains = EnumSet.noneOf(Domain.class);
        for (String d : domain == null ? List.<String>of() : domain) {
            domains.add(Arrays.stream(Domain.values()).filter(v -> v.name().equals(d)).findFirst()
                    .orElseThrow(() -> new ApiProblems.InvalidParameter("domain", "domain must be one of "
                            + Arrays.toString(Domain.values()) + ".")));
        }
        Set<String> municipalities = new HashSet<>();
        for (String m : municipality == null ? List.<String>of() : municipality) {
            if (!m.matches("[0-9]{3}") || !Region.isMunicipality(m)) {
                throw new ApiProblems.InvalidParameter("municipality",
                        "municipality must be the three-digit code of a municipality of the region.");
            }
            municipalities.add(m);
        }
        if (!List.of("fi", "sv", "en").contains(lang)) {
            throw new ApiProblems.InvalidParameter("lang", "lang must be fi, sv or en.");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new ApiProblems.InvalidParameter("page", "page must be between 0 and " + MAX_PAGE + ".");
        }
        if (size < 1 || size > ServiceMapService.MAX_PAGE_SIZE) {
            throw new ApiProblems.InvalidParameter("size",
                    "size must be between 1 and " + ServiceMapService.MAX_PAGE_SIZE + ".");
        }
        Locale locale = Languages.fromTag(lang).orElse(Languages.FINNISH);
        ServiceQuery query = new ServiceQuery(q, domains, municipalities, Set.of(), Set.of(), Set.of(), false, Set.of());
        SearchResult result = services.search(query, locale, page * size, size);
        List<ApiService> content = services.findPublished(result.hits().stream().map(h -> h.id()).toList()).stream()
                .map(ServiceApiController::api).toList();
        return new ApiPage(content, page, size, result.total(), (result.total() + size - 1) / size);
    }

    /** The id is a string here so that "abc" or a number beyond a long is a 404 like any unknown id. */
    @GetMapping("/{id}")
    ApiService one(@PathVariable String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ApiProblems.NotFound();
        }
        return services.find(number).filter(d -> d.status() == PublishingStatus.PUBLISHED)
                .map(ServiceApiController::api).orElseThrow(ApiProblems.NotFound::new);
    }

    private static ApiService api(ServiceDetails s) {
        var d = s.data();
        return new ApiService(s.id(), Text.of(d.name()), Text.of(d.summary()), Text.of(d.description()),
                Text.of(d.howToUse()), Text.of(s.organisationName()), s.organisationType().name(),
                d.domains().stream().map(Enum::name).sorted().toList(), d.municipalities().stream().sorted().toList(),
                d.languages().stream().sorted().toList(), d.targetGroups().stream().map(Enum::name).sorted().toList(),
                d.chargeType().name(), d.channels().stream().map(ServiceApiController::channel).toList(),
                s.updatedAt().toString());
    }

    private static ApiChannel channel(ChannelData c) {
        Object hours = c.openingHours() == null || c.openingHours().isEmpty() ? null : Map.of(
                "weekly", c.openingHours().weekly(), "exceptions", c.openingHours().exceptions());
        return new ApiChannel(c.type().name(), Text.of(c.name()), c.street(), c.postalCode(), c.municipality(),
                c.latitude(), c.longitude(), hours, c.phoneNumber(), c.url());
    }
}
