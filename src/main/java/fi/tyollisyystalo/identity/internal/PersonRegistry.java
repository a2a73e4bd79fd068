package fi.tyollisyystalo.identity.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.identity.Hetu;

/** Creates a person on the first login and refreshes their names on every login. */
@Component
class PersonRegistry {

    private final PersonRepository persons;
    private final HetuCrypto crypto;
    private final Clock clock;

    PersonRegistry(PersonRepository persons, HetuCrypto crypto, Clock clock) {
        this.clock = clock;
        this.persons = persons;
        this.crypto = crypto;
    }

    @Transactional
    public Person residentLoggedIn(Hetu hetu, String givenName, String familyName, String language) {
        byte[] hash = crypto.lookupHash(hetu);
        return persons.findByHetuHash(hash).map(p -> {
            p.loggedIn(givenName, familyName, clock.instant());
            return p;
        }).orElseGet(() -> persons.save(new Person(crypto.encrypt(hetu), hash, givenName, familyName,
                hetu.birthDate(), Languages.fromTag(language).orElse(Languages.FINNISH).getLanguage(),
                clock.instant())));
    }
}
