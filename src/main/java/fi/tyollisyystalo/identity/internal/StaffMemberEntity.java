package fi.tyollisyystalo.identity.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff member as the organisation's identity provider last described them (Flyway V012). */
@Entity
@Table(name = "staff_member")
public class StaffMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 200)
    private String subject = "";

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName = "";

    @Column(length = 254)
    private @Nullable String email;

    /** Role names separated by commas, as granted at the last login. */
    @Column(nullable = false, length = 400)
    private String roles = "";

    @Column(name = "team_code", length = 64)
    private @Nullable String teamCode;

    @Column(name = "first_login_at", nullable = false)
    private Instant firstLoginAt = Instant.EPOCH;

    @Column(name = "last_login_at", nullable = false)
    private Instant lastLoginAt = Instant.EPOCH;

    protected StaffMemberEntity() {
    }

    StaffMemberEntity(String subject, Instant at) {
        this.subject = subject;
        this.firstLoginAt = at;
        this.lastLoginAt = at;
    }

    void loggedIn(String displayName, @Nullable String email, List<String> roles, @Nullable String teamCode,
            Instant at) {
        this.displayName = displayName;
        this.email = email;
        this.roles = String.join(",", roles);
        this.teamCode = teamCode;
        this.lastLoginAt = at;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String email() {
        return email;
    }

    public List<String> roles() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }

    public @Nullable String teamCode() {
        return teamCode;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
