package fi.tyollisyystalo.servicemap.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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

    @GetMapping
    ApiPage search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Set<String> domain,
            @RequestParam(required = false) Set<String> municipality, @RequestParam(defaultValue = "fi") String lang,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        int safeSize = Math.clamp(size, 1, ServiceMapService.MAX_PAGE_SIZE);
        int safePage = Math.clamp(page, 0, 10_000);
        Set<Domain> domains = domain == null ? Set.of() : domain.stream().map(String::toUpperCase)
                .filter(d -> Set.of("WORK", "BODY", "MIND", "SKILLS", "EVERYDAY", "INCLUSION").contains(d))
                .map(Domain::valueOf).collect(java.util.stream.Collectors.toSet());
        Set<String> municipalities = municipality == null ? Set.of()
                : municipality.stream().filter(Region::isMunicipality).collect(java.util.stream.Collectors.toSet());
        Locale locale = Languages.fromTag(lang).orElse(Languages.FINNISH);
        ServiceQuery query = new ServiceQuery(q, domains, municipalities, Set.of(), Set.of(), Set.of(), false, Set.of());
        SearchResult result = services.search(query, locale, safePage * safeSize, safeSize);
        List<ApiService> content = services.findPublished(result.hits().stream().map(h -> h.id()).toList()).stream()
                .map(ServiceApiController::api).toList();
        return new ApiPage(content, safePage, safeSize, result.total(), (result.total() + safeSize - 1) / safeSize);
    }

    @GetMapping("/{id}")
    ResponseEntity<ApiService> one(@PathVariable long id) {
        return services.find(id).filter(d -> d.status() == PublishingStatus.PUBLISHED).map(ServiceApiController::api)
                .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
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
