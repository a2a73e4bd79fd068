package fi.tyollisyystalo.casework.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.casework.Evaluation;

/** What a follow-up about an interim evaluation is about, as the page names the evaluation ("1 month evaluation"). */
final class EvaluationLabels {

    private EvaluationLabels() {
    }

    static LongFunction<@Nullable String> of(List<Evaluation> evaluations, Function<String, String> translation) {
        return id -> evaluations.stream().filter(e -> e.id() == id).findFirst()
                .map(e -> translation.apply("case.evaluation." + e.kind())).orElse(null);
    }
}
