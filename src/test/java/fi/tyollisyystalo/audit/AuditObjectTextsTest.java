package fi.tyollisyystalo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every kind of thing the audit log names ({@code OBJECT…} constants of the services) has its words in the three
 * languages, so "Who has seen my data" and the audit search never show a raw key (the walk of 2026-12-07 found
 * {@code !audit.object.FOLLOW_UP!} on a resident's My page).
 */
class AuditObjectTextsTest {

    private static final Pattern OBJECT = Pattern.compile("static final String OBJECT\\w* = \"([A-Z_]+)\"");

    @Test
    void every_audited_object_type_has_a_text_in_finnish_swedish_and_english() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    Matcher m = OBJECT.matcher(Files.readString(f));
                    while (m.find()) {
                        types.add(m.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(types).as("the scan finds the services' object types").contains("CLIENT_CASE", "FOLLOW_UP",
                "APPOINTMENT");
        for (String language : new String[] {"fi", "sv", "en"}) {
            Properties texts = new Properties();
            try (Reader r = Files.newBufferedReader(
                    Path.of("src/main/resources/i18n/translations_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                texts.load(r);
            }
            for (String type : types) {
                assertThat(texts.getProperty("audit.object." + type)).as(language + " " + type).isNotBlank();
            }
        }
    }
}
