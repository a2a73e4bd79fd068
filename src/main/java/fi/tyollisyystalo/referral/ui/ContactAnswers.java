package fi.tyollisyystalo.referral.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;

import fi.tyollisyystalo.referral.ContactQuestion;

/** An answer of the contact form as a person reads it: option codes in words, text as typed. */
final class ContactAnswers {

    private ContactAnswers() {
    }

    static String display(ContactQuestion q, String answer) {
        UI ui = UI.getCurrent();
        if (answer.isBlank()) {
            return ui.getTranslation("contactform.check.empty");
        }
        return switch (q.kind()) {
            case CHOICE -> q.options().contains(answer) ? option(ui, q, answer) : answer;
            case MULTI -> Arrays.stream(answer.split(",")).map(String::strip).filter(q.options()::contains)
                    .map(code -> option(ui, q, code)).collect(Collectors.joining(", "));
            default -> answer;
        };
    }

    private static String option(UI ui, ContactQuestion q, String code) {
        return ui.getTranslation("contactform.q." + q.id() + ".option." + code);
    }
}
