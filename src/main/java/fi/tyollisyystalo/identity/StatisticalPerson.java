package fi.tyollisyystalo.identity;

/**
 * What the statistics may know of a person at a moment: a pseudonym (32 hex characters of a keyed hash of the
 * person id), the age then and the sex from the identity code.
 */
public record StatisticalPerson(String clientKey, int age, Hetu.Sex sex) {
}
