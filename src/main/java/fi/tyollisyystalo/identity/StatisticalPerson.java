package fi.tyollisyystalo.identity;

import org.jspecify.annotations.Nullable;

/**
 * What the statistics may know of a person at a moment: a pseudonym (32 hex characters of a keyed hash of the
 * person id), the age then and the sex from the identity code. The age is null when the moment is before the
 * birth date the code gives (a mistyped date, a test identity): no age, rather than no statistics.
 */
public record StatisticalPerson(String clientKey, @Nullable Integer age, Hetu.Sex sex) {
}
