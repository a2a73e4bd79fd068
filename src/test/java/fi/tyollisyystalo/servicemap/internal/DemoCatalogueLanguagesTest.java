package fi.tyollisyystalo.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo catalogue speaks all three languages: every text a service, a channel or an organisation
 * has is there in Finnish, Swedish and English, so an English or Swedish visitor of the demo never
 * reads a Finnish fallback.
 */
class DemoCatalogueLanguagesTest {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static CatalogueFile catalogue;

    @BeforeAll
    static void read() throws IOException {
        catalogue = DemoCatalogueLoader.read();
    }

    @Test
    void every_service_text_is_in_finnish_swedish_and_english() {
        List<String> missing = new ArrayList<>();
        for (CatalogueFile.Service s : catalogue.services()) {
            check(missing, s.key() + " name", s.name(), true);
            check(missing, s.key() + " summary", s.summary(), true);
            check(missing, s.key() + " description", s.description(), true);
            check(missing, s.key() + " howToUse", s.howToUse(), true);
            check(missing, s.key() + " requirements", s.requirements(), false);
        }
        assertThat(catalogue.services()).hasSizeGreaterThan(160);
        assertThat(missing).as("service texts missing a language").isEmpty();
    }

    @Test
    void every_channel_text_is_in_finnish_swedish_and_english() {
        List<String> missing = new ArrayList<>();
        int channels = 0;
        for (CatalogueFile.Service s : catalogue.services()) {
            for (Map<String, Object> c : s.channels() == null ? List.<Map<String, Object>>of() : s.channels()) {
                channels++;
                String where = s.key() + " " + c.get("type") + " channel ";
                check(missing, where + "name", text(c.get("name")), true);
                check(missing, where + "accessibility", text(c.get("accessibility")), false);
                check(missing, where + "cost", text(c.get("cost")), false);
                // a phone line's hours are a text; a location's are a list of times
                check(missing, where + "hours", text(c.get("hours")), false);
            }
        }
        assertThat(channels).isGreaterThan(400);
        assertThat(missing).as("channel texts missing a language").isEmpty();
    }

    @Test
    void every_organisation_name_is_in_finnish_swedish_and_english() {
        List<String> missing = new ArrayList<>();
        catalogue.organisations().forEach(o -> check(missing, o.key() + " name", o.name(), true));
        assertThat(missing).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> text(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, String>) m : null;
    }

    private static void check(List<String> missing, String where, Map<String, String> text, boolean required) {
        if (text == null) {
            if (required) {
                missing.add(where);
            }
            return;
        }
        for (String language : LANGUAGES) {
            String value = text.get(language);
            if (value == null || value.isBlank()) {
                missing.add(where + " (" + language + ")");
            }
        }
    }
}
