package fi.tyollisyystalo.healthcheck;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.servicemap.Domain;

/**
 * The scored result of a submitted health check, kept as it was computed at submission.
 *
 * @param workAbility       the work-ability score 0–10 (WAS)
 * @param weakDomains       the domains to look at first: rated 5 or less, or flagged by a screening
 * @param offerCoordinator  WAS under 7, or two or more weak domains
 * @param municipality      the resident's municipality code as answered, for recommendations
 * @param lifeSituation     the 3X10D items when that section was asked, else empty
 */
public record HealthCheckResult(int questionnaireVersion, @Nullable Integer workAbility, List<DomainScore> domains,
        List<InstrumentScore> instruments, List<Flag> flags, Set<Domain> weakDomains, boolean offerCoordinator,
        @Nullable String municipality, List<String> wishes, List<LifeSituationItem> lifeSituation) {

    public HealthCheckResult {
        domains = List.copyOf(domains);
        instruments = List.copyOf(instruments);
        flags = List.copyOf(flags);
        weakDomains = Set.copyOf(weakDomains);
        wishes = List.copyOf(wishes);
        lifeSituation = List.copyOf(lifeSituation);
    }
}
