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

    public Hetu hetuOf(Person person) {
        return crypto.decrypt(person.hetuEncrypted());
    }

    public void updateContact(Person p, String language, @Nullable String email, @Nullable String phone) {
        p.updateContact(language, email, phone);
    }
}
