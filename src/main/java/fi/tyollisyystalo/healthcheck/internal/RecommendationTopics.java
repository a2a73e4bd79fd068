package fi.tyollisyystalo.healthcheck.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.ServiceHit;

/**
 * A guard so that a suggestion never contradicts the answers: a service about smoking, alcohol and
 * drugs, or mental health is suggested only when the answers support it (the flag is there, or the
 * resident rated Mieli 5 or less). A search by domain or by another flag can find such services
 * (Keho finds smoking cessation, Mieli finds rehabilitation day activities); this drops them.
 */
public final class RecommendationTopics {

    /** A topic recognised in a service's name or summary (fi, sv, en), and what in the answers supports it. */
    private record Topic(Pattern words, Set<String> flags, Set<Domain> ratedWeak) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic(Pattern.compile("tupak|nikotiin|nuuska|rökavvänj|rökning|tobak|snus|smok|tobacco|nicotine"), Set.of("SMOKING_DAILY"), Set.of()),
            new Topic(Pattern.compile("päihde|päihtei|alkoholi|a-klinik|huume|riippuvuu|missbruk|rusmedel|alkohol"
                    + "|beroende|substance|addiction|drug|needle|neula|ruisku"), Set.of("AUDIT_C_RISK"), Set.of()),
            new Topic(Pattern.compile("mielenterv|psykiatr|masenn|mielenterveyskuntoutu|psykisk|depression|mental health"
                    + "|psychiatr"), Set.of("PHQ2_POSITIVE", "GAD2_POSITIVE"), Set.of(Domain.MIND)));

    private RecommendationTopics() {
    }

    /**
     * True when the service has none of the guarded topics, or the answers support at least one of
     * those it has ("mielenterveys- ja päihdepalvelut" fits risky drinking even when the mood is fine).
     */
    public static boolean supported(ServiceHit service, HealthCheckResult result) {
        String text = (all(service.name()) + " " + all(service.summary())).toLowerCase(Locale.ROOT);
        boolean guarded = false;
        for (Topic topic : TOPICS) {
            if (topic.words().matcher(text).find()) {
                if (supports(topic, result)) {
                    return true;
                }
                guarded = true;
            }
        }
        return !guarded;
    }

    private static boolean supports(Topic topic, HealthCheckResult result) {
        for (Flag f : result.flags()) {
            if (topic.flags().contains(f.code())) {
                return true;
            }
        }
        for (DomainScore d : result.domains()) {
            if (d.ratedWeak() && topic.ratedWeak().contains(d.domain())) {
                return true;
            }
        }
        return false;
    }

    private static String all(fi.tyollisyystalo.base.i18n.LocalizedText t) {
        return t.fi() + " " + (t.sv() == null ? "" : t.sv()) + " " + (t.en() == null ? "" : t.en());
    }
}
