package fi.tyollisyystalo.healthcheck.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.LifeSituationItem;
import fi.tyollisyystalo.healthcheck.Question;
import fi.tyollisyystalo.healthcheck.Questionnaire;
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

    private HealthCheckScorer() {
    }

    /**
     * @param answers the stored answers, by question id
     * @param age     the resident's age at submission, from the personal identity code
     */
    public static HealthCheckResult score(Questionnaire questionnaire, Set<String> features,
            Map<String, String> answers, int age) {
        Map<String, String> asked = askedAnswers(questionnaire, features, answers);
        List<InstrumentScore> instruments = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        Sex sex = Sex.fromAnswer(asked.get(SEX));

        Integer was = integer(asked, WAS);
        if (was != null) {
            instruments.add(WorkAbilityScore.score(was));
            if (WorkAbilityScore.isLow(was)) {
                flags.add(new Flag("WAS_LOW", Severity.ATTENTION, Domain.WORK));
            }
        }
        Integer phq1 = integer(asked, "phq2_1");
        Integer phq2 = integer(asked, "phq2_2");
        if (phq1 != null && phq2 != null) {
            InstrumentScore s = Phq2.score(phq1, phq2);
            instruments.add(s);
            if ("POSITIVE".equals(s.band())) {
                flags.add(new Flag("PHQ2_POSITIVE", Severity.ATTENTION, Domain.MIND));
            }
        }
        Integer gad1 = integer(asked, "gad2_1");
        Integer gad2 = integer(asked, "gad2_2");
        if (gad1 != null && gad2 != null) {
            InstrumentScore s = Gad2.score(gad1, gad2);
            instruments.add(s);
            if ("POSITIVE".equals(s.band())) {
                flags.add(new Flag("GAD2_POSITIVE", Severity.ATTENTION, Domain.MIND));
            }
        }
        Integer audit1 = integer(asked, "auditc_1");
        if (audit1 != null) {
            Integer audit2 = integer(asked, "auditc_2");
            Integer audit3 = integer(asked, "auditc_3");
            if (audit1 == 0 || (audit2 != null && audit3 != null)) {
                InstrumentScore s = AuditC.score(audit1, audit1 == 0 ? 0 : audit2, audit1 == 0 ? 0 : audit3, sex,
                        age);
                instruments.add(s);
                if ("RISK".equals(s.band())) {
                    flags.add(new Flag("AUDIT_C_RISK", Severity.ATTENTION, Domain.MIND));
                }
            }
        }
        BigDecimal height = decimal(asked, "height");
        BigDecimal weight = decimal(asked, "weight");
        BigDecimal bmi = null;
        if (height != null && weight != null) {
            InstrumentScore s = Bmi.score(height, weight);
            bmi = s.value();
            instruments.add(s);
            if (bmi.doubleValue() >= 30) {
                flags.add(new Flag("BMI_OBESITY", Severity.ATTENTION, Domain.BODY));
            } else if (bmi.doubleValue() < 18.5) {
                flags.add(new Flag("BMI_UNDERWEIGHT", Severity.ATTENTION, Domain.BODY));
            }
        }
        if ("YES".equals(asked.get("has_diabetes"))) {
            flags.add(new Flag("DIABETES_KNOWN", Severity.INFO, Domain.BODY));
        } else {
            BigDecimal waistCm = decimal(asked, "waist");
            Integer waist = waistCm == null ? null : waistCm.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
            String family = asked.get("diabetes_family");
            if (bmi != null && waist != null && family != null && asked.containsKey("activity")
                    && asked.containsKey("vegetables") && asked.containsKey("bp_medication")
                    && asked.containsKey("high_glucose")) {
                InstrumentScore s = Findrisc.score(new Findrisc.Input(age, bmi, waist, sex,
                        "YES".equals(asked.get("activity")), "DAILY".equals(asked.get("vegetables")),
                        "YES".equals(asked.get("bp_medication")), "YES".equals(asked.get("high_glucose")),
                        Findrisc.Family.valueOf(family)));
                instruments.add(s);
                switch (s.band()) {
                    case "SLIGHTLY_ELEVATED" -> flags.add(new Flag("FINDRISC_SLIGHT", Severity.INFO, Domain.BODY));
                    case "MODERATE" -> flags.add(new Flag("FINDRISC_MODERATE", Severity.ATTENTION, Domain.BODY));
                    case "HIGH", "VERY_HIGH" -> flags.add(new Flag("FINDRISC_HIGH", Severity.HIGH, Domain.BODY));
                    default -> { }
                }
            }
        }
        if ("DAILY".equals(asked.get("smoking"))) {
            flags.add(new Flag("SMOKING_DAILY", Severity.INFO, Domain.BODY));
        }
        if ("POORLY".equals(asked.get("sleep"))) {
            flags.add(new Flag("SLEEP_POOR", Severity.INFO, Domain.BODY));
        }

        Map<String, Integer> lifeAnswers = new LinkedHashMap<>();
        for (String item : LifeSituation3x10D.ITEMS) {
            Integer v = integer(asked, LIFE_PREFIX + item);
            if (v != null) {
                lifeAnswers.put(item, v);
            }
        }
        List<LifeSituationItem> life = LifeSituation3x10D.score(lifeAnswers);
        if (life.stream().anyMatch(i -> "DISSATISFIED".equals(i.band()))) {
            flags.add(new Flag("LIFE_SITUATION_LOW", Severity.INFO, null));
        }

        Map<Domain, Integer> ratings = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) {
            Integer v = integer(asked, DOMAIN_PREFIX + d.name());
            if (v != null) {
                ratings.put(d, v);
            }
        }
        List<DomainScore> domains = DomainSelfRating.score(ratings, flags);
        Set<Domain> weak = EnumSet.noneOf(Domain.class);
        domains.stream().filter(DomainScore::weak).forEach(d -> weak.add(d.domain()));
        flags.stream().filter(f -> f.domain() != null && f.severity() != Severity.INFO)
                .forEach(f -> weak.add(f.domain()));
        boolean offer = (was != null && WorkAbilityScore.isLow(was)) || weak.size() >= 2;
        flags.sort(Comparator.comparing(Flag::severity));
        List<String> wishes = asked.containsKey(WISHES)
                ? Arrays.stream(asked.get(WISHES).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return new HealthCheckResult(questionnaire.version(), was, domains, instruments, flags, weak, offer,
                asked.get(MUNICIPALITY), wishes, life);
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

    private static @Nullable Integer integer(Map<String, String> answers, String id) {
        String v = answers.get(id);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(Map<String, String> answers, String id) {
        String v = answers.get(id);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
