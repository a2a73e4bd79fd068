package fi.tyollisyystalo.followup.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.followup.ChangePoint;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.questionnaire.FormVersions;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.QuestionType;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.questionnaire.QuestionnaireFiles;
import fi.tyollisyystalo.servicemap.Domain;

/**
 * Every follow-up form version, loaded at start from {@code followup/questionnaires/*.json} and checked by the
 * engine's rules and these: the work-ability score and the six domain ratings are there, asked always, as the
 * health check asks them (whole numbers 0–10), so every answer lands on the chart of change beside the health
 * check's; the outcome, experience and stakeholder forms ask what the statistics read, with its codes. A bad file
 * stops the start, naming the file.
 */
@Component
public class FollowUpFormRegistry {

    public static final String LOCATION = "classpath*:followup/questionnaires/*.json";

    private final FormVersions versions;

    @Autowired
    FollowUpFormRegistry(Clock clock) throws IOException {
        this(LOCATION, clock);
    }

    public FollowUpFormRegistry(String location, Clock clock) throws IOException {
        this.versions = new FormVersions(location, FollowUpFormRegistry::ownProblems, clock);
    }

    /** The newest version of the form published on or before today (in Finland). */
    public Optional<Questionnaire> current(String formId) {
        return versions.current(formId);
    }

    /** The version an invitation was made on. */
    public Optional<Questionnaire> version(String formId, int version) {
        return versions.version(formId, version);
    }

    /**
     * The follow-up forms' own rule: a form on the chart of change ({@link FollowUpForms#CHARTED}) asks its
     * measures, always, on the health check's scale.
     */
    public static List<String> ownProblems(Questionnaire q) {
        List<String> problems = new ArrayList<>(statisticsProblems(q));
        if (!FollowUpForms.CHARTED.contains(q.id())) {
            return problems;
        }
        List<String> measures = new ArrayList<>();
        measures.add(ChangePoint.WORK_ABILITY);
        for (Domain d : Domain.values()) {
            measures.add(ChangePoint.DOMAIN_PREFIX + d.name());
        }
        problems.addAll(QuestionnaireFiles.missing(q, measures, "the chart of change needs it"));
        for (String id : measures) {
            q.question(id).ifPresent(question -> {
                if (!comparable(question)) {
                    problems.add("question " + id + " must be a SCALE from 0 to 10 asked always, as in the health check");
                }
            });
        }
        return problems;
    }

    /**
     * The statistics read the outcome, experience and stakeholder forms by their question ids and codes
     * ({@link FollowUpForms}): the employment situation's codes, and each 1–5 statement as the numbers 1 to 5.
     */
    private static List<String> statisticsProblems(Questionnaire q) {
        List<String> problems = new ArrayList<>();
        List<String> fivePoint = switch (q.id()) {
            case FollowUpForms.PREM -> FollowUpForms.PREM_ITEMS;
            case FollowUpForms.STAKEHOLDER -> FollowUpForms.STAKEHOLDER_ITEMS;
            default -> List.of();
        };
        problems.addAll(QuestionnaireFiles.missing(q, fivePoint, "the statistics read it"));
        for (String id : fivePoint) {
            q.question(id).ifPresent(question -> {
                if (question.type() != QuestionType.SINGLE || question.when() != null || !question.options().stream()
                        .map(o -> o.code()).toList().equals(List.of("1", "2", "3", "4", "5"))) {
                    problems.add("question " + id + " must be a SINGLE choice of 1, 2, 3, 4 and 5, asked always");
                }
            });
        }
        if (q.id().equals(FollowUpForms.PROM)) {
            problems.addAll(QuestionnaireFiles.missing(q, List.of(FollowUpForms.EMPLOYMENT), "the statistics read it"));
            q.question(FollowUpForms.EMPLOYMENT).ifPresent(question -> {
                if (question.type() != QuestionType.SINGLE || !question.options().stream().map(o -> o.code()).toList()
                        .equals(FollowUpForms.EMPLOYMENT_CODES)) {
                    problems.add("question " + FollowUpForms.EMPLOYMENT
                            + " must be a SINGLE choice of FollowUpForms.EMPLOYMENT_CODES");
                }
            });
        }
        return problems;
    }

    private static boolean comparable(Question q) {
        return q.type() == QuestionType.SCALE && q.minValue() == 0 && q.maxValue() == 10 && q.when() == null;
    }
}
