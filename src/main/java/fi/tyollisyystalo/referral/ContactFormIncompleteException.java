package fi.tyollisyystalo.referral;

import java.util.List;

/** The contact form can't be sent yet: these answers are missing or wrong. */
public class ContactFormIncompleteException extends RuntimeException {

    private final transient List<ContactProblem> problems;

    public ContactFormIncompleteException(List<ContactProblem> problems) {
        super(problems.size() + " problems in the contact form");
        this.problems = List.copyOf(problems);
    }

    public List<ContactProblem> problems() {
        return problems;
    }
}
