package fi.tyollisyystalo.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.servicemap.Domain;

/** The chart of change: the points a health check and a follow-up give, the numbers as a table, the drawing. */
class ChangeChartTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void a_follow_up_s_answers_give_a_point_and_nonsense_is_left_out() {
        Map<String, String> answers = new HashMap<>();
        answers.put("was", "7");
        answers.put("domain_WORK", "6");
        answers.put("domain_MIND", "11");
        answers.put("domain_BODY", " 4 ");
        answers.put("domain_SKILLS", "<b>9</b>");
        answers.put("own_words", "Nyt menee paremmin");
        ChangePoint p = ChangePoint.fromAnswers(LocalDate.of(2027, 3, 1), answers);
        assertThat(p.source()).isEqualTo(ChangePoint.Source.FOLLOW_UP);
        assertThat(p.workAbility()).isEqualTo(7);
        assertThat(p.domains()).containsOnly(Map.entry(Domain.WORK, 6), Map.entry(Domain.BODY, 4));
        assertThat(ChangePoint.fromAnswers(LocalDate.of(2027, 3, 1), Map.of()).hasValues()).isFalse();
    }

    @Test
    void the_table_writes_out_every_number_and_the_change_from_the_health_check() {
        ChangeSeries series = series();
        List<List<String>> fi = ChangeChart.rows(series, Languages.FINNISH,
                (k, a) -> translations.getTranslation(k, Languages.FINNISH, a));
        assertThat(fi.getFirst()).containsExactly("Osa-alue", "Terveystarkastus 1.12.2026",
                "Seurantakysely 1.3.2027", "Seurantakysely 1.6.2027", "Muutos");
        assertThat(fi.get(1)).containsExactly("Työkyky", "4", "6", "7", "+3");
        assertThat(fi.get(2)).containsExactly("Työkyky ja työelämä", "5", "5", "5", "ei muutosta");
        assertThat(fi.get(3)).containsExactly(translations.getTranslation("domain.BODY", Languages.FINNISH), "8",
                "ei vastausta", "6", "−2");
        // a domain with a single number has no change to tell
        assertThat(fi.get(4).getLast()).isEmpty();
        assertThat(fi).hasSize(1 + 7);
        List<List<String>> sv = ChangeChart.rows(series, Languages.SWEDISH,
                (k, a) -> translations.getTranslation(k, Languages.SWEDISH, a));
        assertThat(sv.getFirst()).contains("Hälsogranskning 1.12.2026", "Förändring");
        assertThat(sv.get(2).getLast()).isEqualTo("ingen förändring");
    }

    @Test
    void the_drawing_puts_each_number_at_its_height_and_is_hidden_from_screen_readers() {
        String svg = ChangeChart.svg(Arrays.asList(4, null, 7));
        assertThat(svg).startsWith("<svg").contains("aria-hidden=\"true\"").contains("focusable=\"false\"");
        int x0 = ChangeChart.x(0, 3);
        int x2 = ChangeChart.x(2, 3);
        // the line skips the missing middle point
        assertThat(svg).contains("points=\"" + x0 + "," + ChangeChart.y(4) + " " + x2 + "," + ChangeChart.y(7) + "\"");
        assertThat(ChangeChart.y(10)).isLessThan(ChangeChart.y(7)).isLessThan(ChangeChart.y(4))
                .isLessThan(ChangeChart.y(0));
        assertThat(ChangeChart.y(0)).isLessThan(ChangeChart.HEIGHT);
        assertThat(svg).contains(">4</text>").contains(">7</text>");
        // one number is a dot without a line
        assertThat(ChangeChart.svg(List.of(5))).doesNotContain("polyline").contains("<circle");
    }

    @Test
    void a_health_check_result_gives_the_baseline_point() {
        HealthCheckResult result = new HealthCheckResult(1, 4, List.of(new DomainScore(Domain.WORK, 5, true),
                new DomainScore(Domain.MIND, 3, true)), List.of(), List.of(), java.util.Set.of(), true, "405",
                List.of(), List.of());
        ChangePoint p = ChangePoint.fromHealthCheck(LocalDate.of(2026, 12, 1), result);
        assertThat(p.source()).isEqualTo(ChangePoint.Source.HEALTH_CHECK);
        assertThat(p.workAbility()).isEqualTo(4);
        assertThat(p.domains()).containsOnly(Map.entry(Domain.WORK, 5), Map.entry(Domain.MIND, 3));
    }

    private static ChangeSeries series() {
        List<ChangePoint> points = new ArrayList<>();
        points.add(point(LocalDate.of(2026, 12, 1), ChangePoint.Source.HEALTH_CHECK, 4, 5, 8, 2));
        points.add(point(LocalDate.of(2027, 3, 1), ChangePoint.Source.FOLLOW_UP, 6, 5, null, null));
        points.add(point(LocalDate.of(2027, 6, 1), ChangePoint.Source.FOLLOW_UP, 7, 5, 6, null));
        return new ChangeSeries(points);
    }

    private static ChangePoint point(LocalDate on, ChangePoint.Source source, int was, int work, Integer body,
            Integer mind) {
        Map<Domain, Integer> d = new EnumMap<>(Domain.class);
        d.put(Domain.WORK, work);
        if (body != null) {
            d.put(Domain.BODY, body);
        }
        if (mind != null) {
            d.put(Domain.MIND, mind);
        }
        return new ChangePoint(on, source, was, d);
    }
}
