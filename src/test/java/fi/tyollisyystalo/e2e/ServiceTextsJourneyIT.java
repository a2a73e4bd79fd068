package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceEditorService;
import fi.tyollisyystalo.servicemap.TargetGroup;

/**
 * Issue 13 on the service map and a service's page: text that exists only in Finnish is marked
 * {@code lang="fi"} and the page says so once; opening hours read consistently; nothing scrolls
 * sideways at 320 px; the map passes axe; the search box takes hostile input without harm (the same
 * values in every search parameter of the address: {@code HostileInputIT}).
 */
class ServiceTextsJourneyIT extends BrowserTest {

    /** Lists what sticks out past the right edge, for a failure message that says what to fix. */
    private static final String WIDER_THAN_SCREEN = """
            () => { const w = window.innerWidth; const out = [];
              const visit = root => { for (const el of root.querySelectorAll('*')) {
                if (el.getBoundingClientRect().right > w + 1) out.push(el.tagName.toLowerCase() + '.' + el.className);
                if (el.shadowRoot) visit(el.shadowRoot); } };
              visit(document); return out.slice(0, 10).join(', '); }""";

    @Autowired
    private ApplicationContext spring;
    @Autowired
    private ServiceEditorService editor;
    private long finnishOnly;
    private LocalDate today;

    private static String text(String lang, String key) {
        return ResourceBundle.getBundle("i18n/translations", Locale.of(lang)).getString(key);
    }

    private static LocalizedText fi(String text) {
        return new LocalizedText(text, null, null);
    }

    /** A service an editor wrote in Finnish only, with a location whose exception days come out of order. */
    @BeforeAll
    void anEditorPublishesAServiceInFinnishOnly() {
        today = LocalDate.now(Formats.HELSINKI);
        OpeningHours hours = new OpeningHours(
                List.of(new OpeningHours.Weekly(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(9, 0), LocalTime.of(17, 0))),
                List.of(new OpeningHours.Exception(today.plusDays(30), true, null, null),
                        new OpeningHours.Exception(today.plusDays(9), true, null, null),
                        new OpeningHours.Exception(today.plusDays(20), false, LocalTime.of(9, 0), LocalTime.of(12, 0))));
        ChannelData place = new ChannelData(ChannelType.LOCATION,
                fi("Norppakeskuksen luontoelämyspalvelukokonaisuuden kokoontumistila"), "Rantakatu 1", "53100", "405",
                61.06, 28.19, hours, fi("Esteetön sisäänkäynti rannan puolelta."), null, LocalizedText.EMPTY,
                LocalizedText.EMPTY, null);
        ServiceData data = new ServiceData(fi("Saimaannorpan tarkkailuilta"),
                fi("Opastettu iltaretki Saimaan rannalle katsomaan norppia ja tapaamaan muita."),
                fi("Luontoelämyspalvelukokonaisuudessa kävellään rauhassa rantaan ja jutellaan matkalla."),
                fi("Tule paikalle. Ilmoittautumista ei tarvita."), LocalizedText.EMPTY, ChargeType.FREE,
                Set.of(Domain.INCLUSION), Set.of("405"), Set.of("fi"), Set.of(TargetGroup.ALL_ADULTS), List.of(place),
                null, null);
        TestLogins.useStrategyOf(spring);
        TestLogins.staff("editor-texts", "Eija Editori", Roles.SERVICE_EDITOR);
        try {
            finnishOnly = editor.create(editor.organisations().getFirst().id(), data);
            editor.publish(finnishOnly);
        } finally {
            TestLogins.anonymous();
        }
    }

    /** The classes share one application: leave the catalogue as the other journeys expect it. */
    @AfterAll
    void theServiceIsUnpublishedAgain() {
        TestLogins.useStrategyOf(spring);
        TestLogins.staff("editor-texts", "Eija Editori", Roles.SERVICE_EDITOR);
        try {
            editor.unpublish(finnishOnly);
        } finally {
            TestLogins.anonymous();
        }
    }

    @Test
    void an_english_visitor_reads_finnish_only_text_marked_as_finnish_and_is_told_so_once() {
        try (BrowserContext c = newContext("en-GB", 1280, 900)) {
            Page p = c.newPage();
            open(p, "/services/" + finnishOnly);
            assertThat(p.getAttribute("html", "lang")).isEqualTo("en");
            assertThat(p.locator("h1").getAttribute("lang")).isEqualTo("fi");
            assertThat(p.locator(".tt-lead").getAttribute("lang")).isEqualTo("fi");
            assertThat(p.locator("main section > p[lang=fi]").count()).as("description and how to use").isEqualTo(2);
            assertThat(p.locator("#channels h3").getAttribute("lang")).isEqualTo("fi");
            assertThat(p.locator("#channels p:has-text('Accessibility:') span").getAttribute("lang")).isEqualTo("fi");
            assertThat(p.locator("#language-notice").innerText()).isEqualTo(text("en", "language.fallback.fi"));
            assertThat(p.locator("#language-notice").getAttribute("lang")).isNull();
            assertThat(p.locator(".tt-language-notice").count()).isEqualTo(1);
            // the page's own words are English and carry no mark of their own
            assertThat(p.locator("main h2[lang], .tt-service__provider[lang], #channels .tt-hours [lang]").count()).isZero();
            assertAccessible(p);
            screenshot(p, "service-finnish-only-en");
        }
    }

    @Test
    void a_service_complete_in_english_has_no_fallback_and_no_notice() {
        try (BrowserContext c = newContext("en-GB", 1280, 900)) {
            Page p = c.newPage();
            open(p, "/services?q=" + "health%20check%20for%20unemployed");
            p.locator("#results li a:has-text('Health check for unemployed people')").first().click();
            p.waitForURL(u -> u.contains("/services/"));
            waitForVaadin(p);
            assertThat(p.locator("main [lang]").count()).as("texts marked as another language").isZero();
            assertThat(p.locator("#language-notice").isVisible()).isFalse();
            assertThat(p.locator("#channels h3").first().innerText()).doesNotContain("terveysasema");
        }
    }

    @Test
    void a_finnish_visitor_sees_unmarked_text_day_names_in_one_form_and_exception_days_in_date_order() {
        open(page, "/services/" + finnishOnly);
        assertThat(page.locator("main [lang]").count()).isZero();
        assertThat(page.locator("#language-notice").isVisible()).isFalse();
        assertThat(page.locator(".tt-hours th").allInnerTexts()).extracting(String::toLowerCase)
                .containsExactly("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai");
        List<String> exceptionDays = page.locator("#channels .tt-channel > p")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\d+\\.\\d+\\.\\d{4}: "))).allInnerTexts();
        assertThat(exceptionDays).hasSize(3);
        assertThat(exceptionDays.get(0)).startsWith(Formats.date(today.plusDays(9), Locale.of("fi")));
        assertThat(exceptionDays.get(1)).startsWith(Formats.date(today.plusDays(20), Locale.of("fi")));
        assertThat(exceptionDays.get(2)).startsWith(Formats.date(today.plusDays(30), Locale.of("fi")));
        assertAccessible(page);
    }

    @Test
    void the_service_map_marks_finnish_only_hit_cards_and_says_so_once() {
        try (BrowserContext c = newContext("en-GB", 1280, 900)) {
            Page p = c.newPage();
            open(p, "/services?q=Saimaannorpan");
            p.locator("#results li a:has-text('Saimaannorpan tarkkailuilta')").waitFor();
            assertThat(p.locator("#results li a:has-text('Saimaannorpan tarkkailuilta')").getAttribute("lang"))
                    .isEqualTo("fi");
            assertThat(p.locator("#language-notice").innerText()).isEqualTo(text("en", "language.fallback.fi"));
            assertAccessible(p);

            // on the map too: the marker's pop-up names the service in Finnish, marked as Finnish
            p.locator("#map-toggle").click();
            p.locator("#service-map .leaflet-marker-icon[alt='Saimaannorpan tarkkailuilta']").click();
            var popupLink = p.locator("#service-map .leaflet-popup a:has-text('Saimaannorpan tarkkailuilta')");
            popupLink.waitFor();
            assertThat(popupLink.getAttribute("lang")).isEqualTo("fi");
            // Leaflet fades the pop-up in (0.2 s): checked half-faded, its text has too little contrast
            p.waitForFunction("() => getComputedStyle(document.querySelector('#service-map .leaflet-popup'))"
                    + ".opacity === '1'");
            assertAccessible(p);
        }
    }

    static List<String> narrowPages() {
        return List.of("/services", "/services?q=terveys", "/services?q=mielenterveys&domain=MIND", "/services/1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowPages")
    void at_320_px_nothing_scrolls_sideways(String path) {
        for (String locale : List.of("fi-FI", "en-GB")) {
            try (BrowserContext c = newContext(locale, 320, 800)) {
                Page p = c.newPage();
                open(p, path);
                assertFitsTheScreen(p, locale);
                if (path.startsWith("/services?")) {
                    p.locator("#map-toggle").click();
                    p.locator("#service-map .leaflet-control-attribution").waitFor();
                    assertFitsTheScreen(p, locale + " with the map");
                }
            }
        }
    }

    @Test
    void at_320_px_a_service_with_long_finnish_words_fits_the_screen() {
        for (String locale : List.of("fi-FI", "en-GB")) {
            try (BrowserContext c = newContext(locale, 320, 800)) {
                Page p = c.newPage();
                open(p, "/services/" + finnishOnly);
                assertFitsTheScreen(p, locale);
                screenshot(p, "service-finnish-only-320-" + locale);
            }
        }
    }

    private static void assertFitsTheScreen(Page p, String what) {
        assertThat((Boolean) p.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as(() -> p.url() + " (" + what + ") is wider than the screen: " + p.evaluate(WIDER_THAN_SCREEN)).isTrue();
    }

    @Test
    void the_map_with_its_attribution_passes_axe() {
        open(page, "/services?q=terveys");
        page.locator("#map-toggle").click();
        page.locator("#service-map .leaflet-control-attribution a").first().waitFor();
        assertThat(page.locator("#map-toggle").getAttribute("aria-pressed")).isEqualTo("true");
        assertAccessible(page);
    }

    static List<HostileInput.Value> hostileValues() {
        return HostileInput.VALUES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileValues")
    @SharedPage
    void the_search_box_takes_hostile_input_without_harm(HostileInput.Value value) {
        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/services");
        page.locator("#service-search input").fill(value.text());
        page.locator("#service-search-button").click();
        page.locator("#result-summary").waitFor();
        waitForVaadin(page);
        String kept = value.text().length() > 200 ? value.text().substring(0, 200) : value.text();
        assertThat(page.locator("#service-search input").inputValue()).isEqualTo(kept);
        assertThat(page.locator("#result-summary").innerText()).isNotBlank();
        watch.assertNothingRan();
    }
}
