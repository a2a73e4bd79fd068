package fi.tyollisyystalo.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One contact request as the team sees it: what the resident wrote, how to reach them, who took it, and its
 * history. {@code sharedHealthCheck} is set only while the resident's consent to share it is in force;
 * {@code exchangePartners} are the organisations the resident has consented to the team exchanging information with.
 */
public record ContactRequestDetails(long id, long personId, String clientName, ContactSource source,
        ContactStatus status, Instant receivedAt, Instant dueAt, boolean overdue, @Nullable ContactChannel channel,
        @Nullable String language, boolean interpreter, Map<String, String> answers, @Nullable String assigneeSubject,
        @Nullable String assigneeName, @Nullable CloseReason closedReason, @Nullable Long sharedHealthCheck,
        List<History> history, long version, List<ExchangePartner> exchangePartners) {

    public ContactRequestDetails {
        answers = Map.copyOf(answers);
        history = List.copyOf(history);
        exchangePartners = List.copyOf(exchangePartners);
    }

    /** A step taken: when, by whom (staff name; null for the resident or the service) and the note written. */
    public record History(RequestStep step, Instant at, @Nullable String actorName, @Nullable String note) {
    }
}
