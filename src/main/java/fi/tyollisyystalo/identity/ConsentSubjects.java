package fi.tyollisyystalo.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * A feature that asks consent for its own things (the health check: one result) tells the consent centre
 * what a subject is, in words the resident knows, and where it can be seen. Declared as a bean.
 */
public interface ConsentSubjects {

    ConsentKind kind();

    /** E.g. "Health check sent on 3 December 2026"; runs as the resident whose consent it is. */
    String describe(long subjectId, Locale locale);

    /** The address of the page that shows the subject, if there is one. */
    Optional<String> link(long subjectId);
}
