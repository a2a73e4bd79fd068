package fi.tyollisyystalo.referral;

import java.time.Instant;
import java.util.Map;

/**
 * The resident's unsent contact form: the answers so far, the page last answered (where it resumes) and
 * whether a submitted health check could be attached.
 */
public record ContactDraft(long id, Map<String, String> answers, ContactStep lastStep, Instant savedAt,
        boolean hasHealthCheck) {

    public ContactDraft {
        answers = Map.copyOf(answers);
    }

    public String answer(ContactQuestion q) {
        return answers.getOrDefault(q.id(), "");
    }

    public boolean isAsked(ContactQuestion q) {
        return q.isAsked(answers, hasHealthCheck);
    }
}
