package fi.tyollisyystalo.identity.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A resident known to the service. The hetu is kept only encrypted and as a keyed lookup hash. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "hetu_encrypted", nullable = false)
    private byte[] hetuEncrypted;

    @Column(name = "hetu_hash", nullable = false, updatable = false, columnDefinition = "binary(32)")
    private byte[] hetuHash;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "preferred_language", nullable = false, columnDefinition = "char(2)")
    private String preferredLanguage;

    private @Nullable String email;

    private @Nullable String phone;



    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Person() {
    }

    Person(byte[] hetuEncrypted, byte[] hetuHash, String givenName, String familyName, LocalDate birthDate,
            String preferredLanguage, Instant now) {
        this.hetuEncrypted = hetuEncrypted;
        this.hetuHash = hetuHash;
        this.givenName = givenName;
        this.familyName = familyName;
        this.birthDate = birthDate;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = now;
        this.lastLoginAt = now;
    }

    void loggedIn(String givenName, String familyName, Instant now) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.lastLoginAt = now;
    }

    void updateContact(String preferredLanguage, @Nullable String email, @Nullable String phone) {
        this.preferredLanguage = preferredLanguage;
        this.email = email;
        this.phone = phone;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Person is not saved yet");
        }
        return id;
    }

    byte[] hetuHash() {
        return hetuHash;
    }

    byte[] hetuEncrypted() {
        return hetuEncrypted;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }


}
