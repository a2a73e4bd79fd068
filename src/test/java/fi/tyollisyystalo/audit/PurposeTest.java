package fi.tyollisyystalo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every purpose has its text, and what the audit table already holds still reads right. */
class PurposeTest {

    @Test
    void every_purpose_has_a_text() throws IOException {
        Properties fi = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/translations_fi.properties"),
                StandardCharsets.UTF_8)) {
            fi.load(r);
        }
        for (Purpose p : Purpose.values()) {
            assertThat(fi.getProperty(p.messageKey())).as(p.name()).isNotBlank();
        }
    }

    @Test
    void stored_values_read_as_the_purpose_they_name_and_older_free_text_as_it_is() {
        // the values written before purposes were a type: these names are in the audit table
        for (String stored : new String[] {"OWN_DATA", "CONTACT", "APPOINTMENT", "PLAN", "CONSULTATION",
            "SHARED_HEALTH_CHECK", "CONTACT_REQUESTS", "SERVICE_CATALOGUE", "SEARCH_INDEX_REBUILD"}) {
            assertThat(Purpose.of(stored)).as(stored).map(Purpose::name).contains(stored);
        }
        assertThat(Purpose.shown("PLAN", key -> "<" + key + ">")).isEqualTo("<purpose.PLAN>");
        assertThat(Purpose.shown("Asiakkaan soitto", key -> "<" + key + ">")).isEqualTo("Asiakkaan soitto");
        assertThat(Purpose.shown("OLD_CODE", key -> "<" + key + ">")).isEqualTo("OLD_CODE");
    }

    @Test
    void staff_choose_only_client_work_purposes_in_a_fixed_order() {
        assertThat(Purpose.clientWork()).containsExactly(Purpose.CONTACT, Purpose.APPOINTMENT, Purpose.PLAN,
                Purpose.CONSULTATION);
        assertThat(Purpose.OWN_DATA.isClientWork()).isFalse();
    }

    @Test
    void an_entry_reads_as_a_sentence() {
        Actor nurse = new Actor(Actor.Type.STAFF, "n-1", "Hoitaja", "NURSE");
        assertThat(AuditEntry.by(nurse).reads("PERSON_PROFILE", 7).of(7).because(Purpose.PLAN))
                .isEqualTo(new AuditEntry(nurse, 7L, "PERSON_PROFILE", "7", AuditAction.READ, Purpose.PLAN));
        assertThat(AuditEntry.by(nurse).searches("PERSON_PROFILE").because(Purpose.CONTACT))
                .isEqualTo(new AuditEntry(nurse, null, "PERSON_PROFILE", null, AuditAction.SEARCH, Purpose.CONTACT));
    }
}
