package fi.tyollisyystalo.identity.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByHetuHash(byte[] hetuHash);

    java.util.List<Person> findByHetuHashIn(java.util.Collection<byte[]> hetuHashes);
}
