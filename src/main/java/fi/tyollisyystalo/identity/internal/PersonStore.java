package fi.tyollisyystalo.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.UnknownPersonException;

/** Reads and changes persons for {@link fi.tyollisyystalo.identity.PersonService}, which does the checks. */
@Component
public class PersonStore {

    private final PersonRepository persons;
    private final HetuCrypto crypto;

    PersonStore(PersonRepository persons, HetuCrypto crypto) {
        this.persons = persons;
        this.crypto = crypto;
    }

    public Person get(long id) {
        return persons.findById(id).orElseThrow(UnknownPersonException::new);
    }

    /** The persons with these ids, in one query; unknown ids are left out. */
    public java.util.List<Person> getAll(java.util.Collection<Long> ids) {
        return persons.findAllById(ids);
    }

    public Optional<Person> findByHetu(Hetu hetu) {
        return persons.findByHetuHash(crypto.lookupHash(hetu));
    }

    /** The keyed lookup hash of a code as hex: a pseudonym that finds the person without holding the code. */
    public String lookupKey(Hetu hetu) {
        return java.util.HexFormat.of().formatHex(crypto.lookupHash(hetu));
    }

    /**
     * The person's pseudonym for statistics: 32 hex characters of the keyed hash of the id, so facts can count a
     * client once without holding the id, the code or the lookup key that finds the person.
     */
    public String statisticsKey(long personId) {
        return java.util.HexFormat.of().formatHex(crypto.keyedHash("stat:" + personId), 0, 16);
    }

    /** Person ids by lookup key, for those keys whose person has logged in at least once. */
    public java.util.Map<String, Long> idsByLookupKeys(java.util.Collection<String> keys) {
        java.util.HexFormat hex = java.util.HexFormat.of();
        java.util.List<byte[]> hashes = keys.stream().distinct().map(hex::parseHex).toList();
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        if (!hashes.isEmpty()) {
            persons.findByHetuHashIn(hashes).forEach(p -> ids.put(hex.formatHex(p.hetuHash()), p.id()));
        }
        return ids;
    }

    public Hetu hetuOf(Person person) {
        return crypto.decrypt(person.hetuEncrypted());
    }

    public void updateContact(Person p, String language, @Nullable String email, @Nullable String phone) {
        p.updateContact(language, email, phone);
    }
}
