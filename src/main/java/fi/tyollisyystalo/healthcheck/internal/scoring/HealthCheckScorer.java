package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.healthcheck.Severity;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * Turns the answers to a questionnaire version into a result. The questionnaire's question ids are
 * the contract: every version must keep the ids in {@link #REQUIRED_IDS} (a test checks each
 * definition file). Only questions that were asked count; an instrument whose items were not all
 * answered is left out rather than guessed.
 */
public final class HealthCheckScorer {

    public static final String MUNICIPALITY = "municipality";
    public static final String SEX = "sex";
    public static final String WAS = "was";
    public static final String DOMAIN_PREFIX = "domain_";
    public static final String LIFE_PREFIX = "lsd_";
    public static final String WISHES = "wishes";

    /** Ids every questionnaire version must have for the instruments to score. */
    public static final List<String> REQUIRED_IDS = List.of(MUNICIPALITY, SEX, WAS, "phq2_1", "phq2_2", "gad2_1",
            "gad2_2", "auditc_1", "auditc_2", "auditc_3", "smoking", "activity", "vegetables", "sleep", "height",
            "weight", "has_diabetes", "waist", "bp_medication", "high_glucose", "diabetes_family", WISHES);

    /** Every instrument, in the order the result lists their scores and (within a severity) their flags. */
    static final List<Instrument> INSTRUMENTS = List.of(new WorkAbilityScore(), new Phq2(), new Gad2(), new AuditC(),
            new Bmi(), new Findrisc(),
            new AnswerFlag("smoking", "DAILY", new Flag("SMOKING_DAILY", Severity.INFO, Domain.BODY)),
            new AnswerFlag("sleep", "POORLY", new Flag("SLEEP_POOR", Severity.INFO, Domain.BODY)),
            new LifeSituation3x10D(), new DomainSelfRating());

    private HealthCheckScorer() {
    }

    /**
     * @param answers the stored answers, by question id
     * @param age     the resident's age at submission, from the personal identity code
     */
    public static HealthCheckResult score(Questionnaire questionnaire, Set<String> features,
            Map<String, String> answers, int age) {
        Map<String, String> asked = askedAnswers(questionnaire, features, answers);
        List<InstrumentResult> results = assess(new Respondent(asked, age, Sex.fromAnswer(asked.get(SEX))));
        List<InstrumentScore> instruments = results.stream().map(InstrumentResult::score).filter(Objects::nonNull)
                .toList();
        List<Flag> flags = results.stream().flatMap(r -> r.flags().stream())
                .sorted(Comparator.comparing(Flag::severity)).toList();
        List<DomainScore> domains = DomainSelfRating.markFlagged(
                results.stream().flatMap(r -> r.ratings().stream()).toList(), flags);
        Set<Domain> weak = weakDomains(domains, flags);
        @Nullable Integer was = instruments.stream().filter(i -> i.instrument().equals(WorkAbilityScore.CODE)).findFirst()
                .map(i -> i.value().intValue()).orElse(null);
        List<String> wishes = asked.containsKey(WISHES)
                ? Arrays.stream(asked.get(WISHES).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return new HealthCheckResult(questionnaire.version(), was, domains, instruments, flags, weak,
                offersCoordinator(was, weak), asked.get(MUNICIPALITY), wishes,
                results.stream().flatMap(r -> r.lifeSituation().stream()).toList());
    }

    /** Each instrument's result, in the order of {@link #INSTRUMENTS}, leaving out those not answered. */
    static List<InstrumentResult> assess(Respondent respondent) {
        return INSTRUMENTS.stream().flatMap(i -> i.assess(respondent).stream()).toList();
    }

    /** The domains to look at first: rated 5 or less, or pointed to by a flag that needs attention. */
    static Set<Domain> weakDomains(List<DomainScore> domains, List<Flag> flags) {
        Set<Domain> weak = EnumSet.noneOf(Domain.class);
        domains.stream().filter(DomainScore::weak).forEach(d -> weak.add(d.domain()));
        weak.addAll(DomainSelfRating.flaggedDomains(flags));
        return weak;
    }

    /** The coordinator is offered for a work-ability score under 7, or for two or more weak domains. */
    static boolean offersCoordinator(@Nullable Integer workAbility, Set<Domain> weakDomains) {
        return (workAbility != null && WorkAbilityScore.isLow(workAbility)) || weakDomains.size() >= 2;
    }

    /** The answers to questions that were asked, in questionnaire order; answers left over from skipped questions drop out. */
    public static Map<String, String> askedAnswers(Questionnaire questionnaire, Set<String> features,
            Map<String, String> answers) {
        Map<String, String> asked = new LinkedHashMap<>();
        for (var section : questionnaire.sections(features)) {
            for (Question q : section.questions()) {
                // conditions look at earlier answers that were themselves asked
                if (q.isAsked(asked) && answers.containsKey(q.id()) && !answers.get(q.id()).isBlank()) {
                    asked.put(q.id(), answers.get(q.id()));
                }
            }
        }
        return asked;
    }
}
