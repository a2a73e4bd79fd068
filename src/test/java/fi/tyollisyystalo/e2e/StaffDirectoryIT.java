package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.identity.StaffMember;
import fi.tyollisyystalo.identity.internal.TestLogins;

/** Staff are stored at their real OIDC login, with roles and team, and can be listed and chosen. */
class StaffDirectoryIT extends BrowserTest {

    @Autowired StaffDirectory directory;
    @Autowired ApplicationContext applicationContext;

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    @Test
    void both_coordinators_are_in_the_directory_with_their_teams_after_logging_in() {
        for (String username : List.of("koordinaattori", "koordinaattori2")) {
            try (var c = newContext("fi-FI", 1280, 900)) {
                var p = c.newPage();
                open(p, "/staff");
                Logins.asStaff(p, username);
                assertThat(path(p)).isEqualTo("/staff");
            }
        }
        TestLogins.useStrategyOf(applicationContext);
        TestLogins.staff("manager-1", "Marja Koskinen", "MANAGER");
        List<StaffMember> coordinators = directory.members("COORDINATOR");
        assertThat(coordinators).extracting(StaffMember::displayName).contains("Kaisa Lehtonen", "Antti Mäkelä");
        StaffMember antti = coordinators.stream().filter(m -> m.displayName().equals("Antti Mäkelä")).findFirst()
                .orElseThrow();
        assertThat(antti.teamCode()).isEqualTo("imatra");
        assertThat(antti.teamName().fi()).isEqualTo("Työkyvyn tuen tiimi, Imatra");
        assertThat(antti.email()).isEqualTo("koordinaattori2@example.fi");
        assertThat(directory.team(antti.subject())).extracting(StaffMember::displayName).contains("Antti Mäkelä")
                .doesNotContain("Kaisa Lehtonen");
    }
}
