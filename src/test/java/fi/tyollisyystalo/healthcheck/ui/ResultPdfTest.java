package fi.tyollisyystalo.healthcheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.base.pdf.PdfRenderer;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.questionnaire.Questionnaire;
import fi.tyollisyystalo.healthcheck.SampleAnswers;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;
import fi.tyollisyystalo.healthcheck.internal.QuestionnaireRegistry;
import fi.tyollisyystalo.healthcheck.internal.scoring.HealthCheckScorer;

/** The result PDF read back: every safety text of the page, the reasons behind the marks, language and title. */
class ResultPdfTest {

    private final TranslationProvider translations = new TranslationProvider();

    private String[] render(Map<String, String> answers, Locale locale) throws Exception {
        Questionnaire q = new QuestionnaireRegistry(QuestionnaireRegistry.LOCATION, Clock.systemUTC()).current();
        HealthCheckResult result = HealthCheckScorer.score(q, Set.of(), answers, 41);
        SubmittedCheck check = new SubmittedCheck(1, 1, Instant.parse("2026-12-01T10:00:00Z"), q, q.sections(Set.of()),
                answers, result);
        byte[] pdf = new PdfRenderer().render(ResultPdf.xhtml(check, List.of(), locale, "http://localhost",
                (key, args) -> translations.getTranslation(key, locale, args)));
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
            }
            return new String[] {text.toString().replaceAll("\\s+", " "),
                    String.valueOf(reader.getCatalog().get(PdfName.LANG)), reader.getInfo().get("Title")};
        } finally {
            reader.close();
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void a_low_mood_result_carries_the_crisis_advice_and_the_answers_behind_each_mark() throws Exception {
        Map<String, String> answers = SampleAnswers.withFindings();
        answers.put("phq2_1", "2");
        answers.put("phq2_2", "2");
        for (Locale locale : Languages.SUPPORTED) {
            String[] pdf = render(answers, locale);
            assertThat(pdf[0]).as(locale.toString())
                    .contains(words(translations.getTranslation("hc.result.crisis", locale)))
                    .contains(words(translations.getTranslation("hc.result.offer.heading", locale)))
                    .contains(words(translations.getTranslation("hc.reason.flag.PHQ2_POSITIVE", locale, "4/6", "3")));
            assertThat(pdf[1]).isEqualTo(locale.getLanguage());
            assertThat(pdf[2]).isEqualTo(translations.getTranslation("hc.pdf.title", locale));
        }
    }

    @Test
    void a_result_without_a_low_mood_screen_has_no_crisis_advice() throws Exception {
        String[] pdf = render(SampleAnswers.healthy(), Languages.FINNISH);
        assertThat(pdf[0]).doesNotContain(words(translations.getTranslation("hc.result.crisis", Languages.FINNISH)));
    }
}
