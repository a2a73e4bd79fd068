package fi.tyollisyystalo.base.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * The test JVMs run in a zone that is neither the residents' nor UTC (pom.xml's {@code test.timezone}), so a
 * time shown or stored through the JVM's default zone instead of {@link HelsinkiTime#ZONE} fails somewhere.
 */
class TestZoneTest {

    @Test
    void testsRunOutsideHelsinkiAndUtc() {
        assertThat(ZoneId.systemDefault().normalized()).isNotIn(ZoneId.of("Europe/Helsinki"), ZoneId.of("UTC"),
                java.time.ZoneOffset.UTC);
        assertThat(ZoneId.systemDefault().getRules().getOffset(java.time.Instant.parse("2027-03-22T06:00:00Z")))
                .isNotEqualTo(ZoneId.of("Europe/Helsinki").getRules().getOffset(
                        java.time.Instant.parse("2027-03-22T06:00:00Z")));
    }
}
