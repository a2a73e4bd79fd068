package fi.tyollisyystalo.followup.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import fi.tyollisyystalo.base.ui.ErrorSummary;
import fi.tyollisyystalo.questionnaire.AnswerError;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.questionnaire.QuestionField;

/**
 * The follow-up pages' form on one page (the resident's follow-up, the partner's survey): each section under its
 * heading with its intro and a field per question, and the answers' errors said at each field and in the summary.
 */
final class FormFields {

    private FormFields() {
    }

    /** Adds the sections' fields to {@code page}, with the answers given so far; returns the fields in order. */
    static List<QuestionField> add(HasComponents page, List<fi.tyollisyystalo.questionnaire.Section> sections,
            Map<String, String> answers, Locale locale, BiConsumer<Question, String> onChange) {
        List<QuestionField> fields = new ArrayList<>();
        for (var section : sections) {
            Section s = new Section(new H2(section.title().in(locale)));
            s.addClassName("tt-follow-up-form__section");
            if (section.intro() != null) {
                s.add(new Paragraph(section.intro().in(locale)));
            }
            for (Question q : section.questions()) {
                QuestionField field = new QuestionField(q, answers.get(q.id()), locale,
                        value -> onChange.accept(q, value));
                fields.add(field);
                s.add(field);
            }
            page.add(s);
        }
        return fields;
    }

    /** Says each error at its field and, with the question, in the summary (its links lead to the fields). */
    static void showErrors(ErrorSummary summary, List<QuestionField> fields, List<AnswerError> errors,
            Component i18n, Locale locale) {
        fields.forEach(f -> f.showError(null));
        List<ErrorSummary.Problem> problems = new ArrayList<>();
        for (AnswerError p : errors) {
            QuestionField f = field(fields, p.questionId());
            String msg = i18n.getTranslation(p.messageKey(), p.args().toArray());
            f.showError(msg);
            problems.add(new ErrorSummary.Problem(ErrorSummary.join(f.question().text().in(locale), msg),
                    "#" + f.fieldId()));
        }
        summary.show(problems);
    }

    static QuestionField field(List<QuestionField> fields, String questionId) {
        return fields.stream().filter(f -> f.question().id().equals(questionId)).findFirst().orElseThrow();
    }
}
