package fi.tyollisyystalo.referral;

import java.util.List;

/** What is wrong with an answer: a translation key and its arguments, shown at the field and in the summary. */
public record ContactProblem(ContactQuestion question, String messageKey, List<Object> args) {

    public ContactProblem {
        args = List.copyOf(args);
    }
}
