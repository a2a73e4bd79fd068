package fi.tyollisyystalo.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Finnish, Swedish and English texts from the bundles in {@code i18n/}. A missing key is logged and
 * shown as {@code !key!} so it is noticed; the bundle-sync test keeps the languages complete.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final List<String> BUNDLES = List.of("i18n/translations", "i18n/legal-translations");

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return find(key, locale).map(value -> params.length == 0 ? value
                : new MessageFormat(value, Languages.supported(locale)).format(params)).orElseGet(() -> {
                    log.warn("Missing translation key {} for {}", key, locale);
                    return "!" + key + "!";
                });
    }

    /** True when the key exists: lets views render numbered sections until they run out. */
    public boolean has(String key, Locale locale) {
        return find(key, locale).isPresent();
    }

    private Optional<String> find(String key, Locale locale) {
        Locale lang = Languages.supported(locale);
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle rb = ResourceBundle.getBundle(bundle, lang, NoFallback.INSTANCE);
                if (rb.containsKey(key)) {
                    return Optional.of(rb.getString(key));
                }
            } catch (MissingResourceException e) {
                // the bundle may not exist for this language; the sync test reports it
            }
        }
        return Optional.empty();
    }

    /** Never fall back to the JVM's default locale: a missing Swedish text must not turn English silently. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
