package fi.tyollisyystalo.base.time;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Nothing asks the system for the time but the one clock bean: every "now" goes through the injected
 * {@link Clock}, so a test can fix the time. {@code now(clock)} is fine; {@code now()} and {@code now(zone)} are not.
 */
class OneClockTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fi.tyollisyystalo");

    @Test
    void only_the_time_configuration_reads_the_system_clock() {
        noClasses().that().doNotHaveSimpleName("TimeConfiguration")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now", ZoneId.class)
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
                .because("every service and view takes the one Clock bean, so tests can fix the time")
                .check(MAIN);
    }
}
