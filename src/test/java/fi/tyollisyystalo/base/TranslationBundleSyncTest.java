package fi.tyollisyystalo.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in Finnish, Swedish and English, none is empty, every placeholder text is a
 * valid MessageFormat, and no user-facing string is hard-coded in Java (after spring-petclinic's
 * I18nPropertiesSyncTest).
 */
class TranslationBundleSyncTest {

    private static final Path I18N = Paths.get("src/main/resources/i18n");
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @ParameterizedTest
    @ValueSource(strings = {"translations", "legal-translations"})
    void every_key_exists_in_every_language_and_is_not_empty(String bundle) throws IOException {
        Set<String> all = new TreeSet<>();
        List<Properties> props = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Properties p = load(I18N.resolve(bundle + "_" + lang + ".properties"));
            props.add(p);
            all.addAll(p.stringPropertyNames());
        }
        for (int i = 0; i < LANGUAGES.size(); i++) {
            Properties p = props.get(i);
            String lang = LANGUAGES.get(i);
            assertThat(all).as("keys missing from %s_%s", bundle, lang).allMatch(p::containsKey);
            assertThat(p.stringPropertyNames()).as("empty values in %s_%s", bundle, lang)
                    .allMatch(k -> !p.getProperty(k).isBlank());
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.contains("{0") || value.contains("{1") || value.contains("{4")) {
                    String formatted = new MessageFormat(value).format(new Object[] {2, 3, 4, 5, 6});
                    assertThat(formatted).as("%s in %s: a lone apostrophe swallows text", key, lang)
                            .doesNotContain("{");
                }
            }
        }
        assertThat(all).as("bundle %s has keys", bundle).isNotEmpty();
    }

    private static final Pattern HARD_CODED = Pattern.compile(
            "new (?:H[1-6]|Paragraph|Span|Button|ListItem|Text|NativeLabel|Details|Tab)\\(\"[^\"]*\\p{L}"
                    + "|new Anchor\\([^,()]+,\\s*\"[^\"]*\\p{L}"
                    + "|\\.(?:setText|setLabel|setPlaceholder|setHelperText|setAriaLabel|setTitle|setErrorMessage|setPageTitle)\\(\"[^\"]*\\p{L}"
                    + "|Notification\\.show\\(\"[^\"]*\\p{L}");

    @Test
    void no_user_facing_string_is_hard_coded_in_java() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = HARD_CODED.matcher(lines.get(i));
                    if (m.find()) {
                        offenders.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(offenders).as("hard-coded user-facing strings (use getTranslation)").isEmpty();
    }

    @Test
    void every_translation_key_used_in_java_exists() throws IOException {
        Properties fi = load(I18N.resolve("translations_fi.properties"));
        fi.putAll(load(I18N.resolve("legal-translations_fi.properties")));
        Pattern used = Pattern.compile("getTranslation\\(\"([A-Za-z0-9._\\-]+)\"[,)]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!fi.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
