package fi.tyollisyystalo.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Why client data was processed: every audit record gives one. The name is what the audit table
 * stores, so a value is never renamed; its text is the translation {@code purpose.<NAME>}.
 */
public enum Purpose {

    /** A resident reads or changes their own data. */
    OWN_DATA,
    /** Client work: handling a resident's contact. */
    CONTACT,
    /** Client work: a client meeting. */
    APPOINTMENT,
    /** Client work: making or following up the client's plan. */
    PLAN,
    /** Client work: consulting colleagues about a client. */
    CONSULTATION,
    /** Staff read a health check the resident shared with the team. */
    SHARED_HEALTH_CHECK,
    /** Answering residents who asked to be contacted: the team's worklist. */
    CONTACT_REQUESTS,
    /** Service editors keep the service map up to date (edits, publishing, PTV imports). */
    SERVICE_CATALOGUE,
    /** An administrator rebuilds the search index. */
    SEARCH_INDEX_REBUILD,
    /** The service itself sends a notice to a person who consented (it reads their address to do so). */
    NOTIFICATION,
    /** The work-ability team reads or writes secure messages with a resident. */
    MESSAGES,
    /** Managers read and export the service's statistics (no personal data in them). */
    STATISTICS;

    private static final List<Purpose> CLIENT_WORK = List.of(CONTACT, APPOINTMENT, PLAN, CONSULTATION);

    /** The purposes a client-work professional chooses from before opening a client's data, in display order. */
    public static List<Purpose> clientWork() {
        return CLIENT_WORK;
    }

    public boolean isClientWork() {
        return CLIENT_WORK.contains(this);
    }

    /** Translation key of the purpose's text. */
    public String messageKey() {
        return "purpose." + name();
    }

    /** The purpose a stored value names, or empty for text stored before purposes were a type. */
    public static Optional<Purpose> of(String stored) {
        for (Purpose p : values()) {
            if (p.name().equals(stored)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A stored purpose as people read it: the translated text of a known purpose, older free text as it is. */
    public static String shown(String stored, UnaryOperator<String> translation) {
        return of(stored).map(p -> translation.apply(p.messageKey())).orElse(stored);
    }
}
