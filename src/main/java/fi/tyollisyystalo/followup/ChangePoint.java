package fi.tyollisyystalo.followup;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * One measurement on the chart of change: the work-ability score and the domain self-ratings (each 0–10) on a
 * day, from a health check (the baseline) or a follow-up. A value not answered is left out.
 */
public record ChangePoint(LocalDate on, Source source, @Nullable Integer workAbility, Map<Domain, Integer> domains) {

    /** The question ids the health check and the follow-up forms share, so their numbers compare. */
    public static final String WORK_ABILITY = "was";
    public static final String DOMAIN_PREFIX = "domain_";

    public enum Source {
        HEALTH_CHECK, FOLLOW_UP
    }

    public ChangePoint {
        domains = domains.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(domains));
    }

    /** The point a follow-up's answers give: {@code was} and {@code domain_<DOMAIN>}, whole numbers 0–10. */
    public static ChangePoint fromAnswers(LocalDate on, Map<String, String> answers) {
        Map<Domain, Integer> domains = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) {
            Integer v = score(answers.get(DOMAIN_PREFIX + d.name()));
            if (v != null) {
                domains.put(d, v);
            }
        }
        return new ChangePoint(on, Source.FOLLOW_UP, score(answers.get(WORK_ABILITY)), domains);
    }

    /** The point a health check's result gives: the same questions as the follow-up's, so the same scale. */
    public static ChangePoint fromHealthCheck(LocalDate on, HealthCheckResult result) {
        Map<Domain, Integer> domains = new EnumMap<>(Domain.class);
        result.domains().forEach(d -> domains.put(d.domain(), d.score()));
        return new ChangePoint(on, Source.HEALTH_CHECK, result.workAbility(), domains);
    }

    /** The value of one measure: {@code null} for the work-ability score, else the domain. */
    public @Nullable Integer value(@Nullable Domain domain) {
        return domain == null ? workAbility : domains.get(domain);
    }

    /** True when the point has anything to show. */
    public boolean hasValues() {
        return workAbility != null || !domains.isEmpty();
    }

    private static @Nullable Integer score(@Nullable String raw) {
        if (raw == null || !raw.strip().matches("\\d{1,2}")) {
            return null;
        }
        int v = Integer.parseInt(raw.strip());
        return v <= 10 ? v : null;
    }
}
