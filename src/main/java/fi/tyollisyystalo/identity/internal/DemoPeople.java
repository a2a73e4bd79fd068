package fi.tyollisyystalo.identity.internal;

import java.util.List;

/**
 * The people the dev identity provider offers on its login page. Residents carry valid test
 * personal identity codes (individual numbers 900–999, reserved for test identities); staff cover
 * every role.
 */
public final class DemoPeople {

    public record DemoResident(String subject, String givenName, String familyName, String hetu, String language,
            String description) {
    }

    /** {@code team} is the team code the staff IdP sends (claim {@code team}); the demo has two teams. */
    public record DemoStaff(String username, String givenName, String familyName, String role, String description,
            String team) {
    }

    public static final List<DemoResident> RESIDENTS = List.of(
            new DemoResident("resident-mikko", "Mikko", "Virtanen", "150385-9013", "fi", "41 v., suomi"),
            new DemoResident("resident-anna-liisa", "Anna-Liisa", "Korhonen", "021164-9123", "fi", "62 v., suomi"),
            new DemoResident("resident-elias", "Elias", "Lindqvist", "240601A925D", "sv", "25 år, svenska"),
            new DemoResident("resident-leila", "Leila", "Haddad", "090978-936C", "en", "48 y, English"),
            new DemoResident("resident-sanna", "Sanna", "Mäkinen", "300195Y9488", "fi", "31 v., suomi (Y-välimerkki)"),
            new DemoResident("resident-noah", "Noah", "Andersson", "120503B957D", "sv", "23 år, svenska (B)"));

    public static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("koordinaattori", "Kaisa", "Lehtonen", "COORDINATOR", "Työkykykoordinaattori", "lappeenranta"),
            new DemoStaff("koordinaattori2", "Antti", "Mäkelä", "COORDINATOR", "Työkykykoordinaattori, Imatra",
                    "imatra"),
            new DemoStaff("hoitaja", "Juha", "Salonen", "NURSE", "Terveydenhoitaja", "lappeenranta"),
            new DemoStaff("laakari", "Eeva", "Heikkinen", "DOCTOR", "Lääkäri", "lappeenranta"),
            new DemoStaff("sosiaaliohjaaja", "Tiina", "Laine", "SOCIAL_COUNSELLOR", "Sosiaaliohjaaja", "imatra"),
            new DemoStaff("editori", "Olli", "Järvinen", "SERVICE_EDITOR", "Palvelukartan editori", ""),
            new DemoStaff("esihenkilo", "Marja", "Koskinen", "MANAGER", "Esihenkilö", "lappeenranta"),
            new DemoStaff("yllapitaja", "Pekka", "Hämäläinen", "ADMIN", "Pääkäyttäjä", ""),
            new DemoStaff("ammattilainen", "Leena", "Nieminen", "PROFESSIONAL",
                    "Kumppani: työllisyyspalvelujen asiantuntija", ""));

    private DemoPeople() {
    }
}
