package fi.tyollisyystalo.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import fi.tyollisyystalo.benchmark.UiTree.Node;

/**
 * The steps of a simulated resident's visit, each one interaction of the report (its name is the step's kind),
 * each checking that the page answered what it should, as the browser tests do: the home page shows its rooms,
 * a search lists services whose names match, a service page shows that service and its channels, each health
 * check page moves on to the next without errors, and the check ends in its result.
 */
final class Journey {

    /** Numbers inside the questionnaire's ranges (health-check-v1.json), as a resident would type them. */
    private static final Map<String, int[]> NUMBERS = Map.of("height", new int[] {150, 196}, "weight",
            new int[] {50, 115}, "waist", new int[] {60, 118});
    private static final int MAX_PAGES = 20;

    private final VaadinBrowser browser;
    private final Random random;
    private final Runnable think;
    private String lastSearch = "";

    Journey(VaadinBrowser browser, Random random, Runnable think) {
        this.browser = browser;
        this.random = random;
        this.think = think;
    }

    private UiTree tree() {
        return browser.tree();
    }

    void home() {
        browser.step("home").open("/");
        browser.expect(tree().byId("rooms-heading").isPresent(), "the home page has no rooms: "
                + abbreviate(tree().pageText()));
        think.run();
    }

    /** The service map from the header's link (a router link: no page load). */
    void serviceMap() {
        browser.step("servicemap").navigate("services");
        browser.expect(tree().byId("service-search").isPresent(), "no search field on the service map");
        think.run();
    }

    /**
     * Types the words into the search field (sent when the field is left, as the browser does) and presses
     * Search; the results must list services whose names contain {@code expected}.
     *
     * @return the results' links and names
     */
    List<String[]> search(String words, String expected) {
        browser.step("search");
        Node field = tree().requireById("service-search");
        Node button = tree().requireById("service-search-button");
        browser.typeAndClick(field, words, button);
        List<String[]> hits = hits();
        browser.expect(!hits.isEmpty(), "no results for " + words + ": "
                + tree().byId("result-summary").map(tree()::text).orElse("no summary"));
        browser.expect(hits.stream().anyMatch(h -> h[1].toLowerCase(Locale.ROOT).contains(expected)),
                "no service named like " + expected + " among the results for " + words);
        lastSearch = words;
        think.run();
        return hits;
    }

    /** The results' links and names: the cards are one piece of static markup in the list ({@code ServiceCard}). */
    private List<String[]> hits() {
        Optional<Node> results = tree().byId("results");
        String html = results.map(r -> r.property("innerHTML")).orElse(null);
        if (html == null) {
            return List.of();
        }
        List<String[]> hits = new ArrayList<>();
        for (org.jsoup.nodes.Element link : org.jsoup.Jsoup.parseBodyFragment(html).select("li > h2 > a[href]")) {
            hits.add(new String[] {link.attr("href"), link.text().strip()});
        }
        return hits;
    }

    /** Follows a result's link: the service's page must show its name and its channels. */
    void service(String[] hit) {
        browser.step("service").navigate(hit[0]);
        browser.expect(tree().byId("channels").isPresent(), "no channels on " + hit[0]);
        browser.expect(tree().pageText().contains(hit[1]), "the page of " + hit[0] + " does not name " + hit[1]);
        think.run();
    }

    /** Back to the results (the address keeps the search): a router navigation that runs the search again. */
    void backToSearch() {
        browser.step("search-again").navigate("services?q=" + VaadinBrowser.enc(lastSearch));
        browser.expect(!hits().isEmpty(), "no results when coming back to " + lastSearch);
        think.run();
    }

    void login(String username, String claims) {
        browser.step("login").login(username, claims);
        think.run();
    }

    /**
     * The health check from its start page: Start, then every page answered field by field (each answer is saved
     * by the server as it is given) and Continue, to "Check your answers", Send, and the result.
     */
    void healthCheck() {
        browser.step("hc-start").open("/health-check");
        Node start = tree().requireById("hc-start");
        think.run();
        browser.step("hc-begin").navigate(start.attribute("href"));
        browser.expect(tree().byId("hc-continue").isPresent(), "Start did not open the first page: "
                + abbreviate(tree().pageText()));
        think.run();
        Set<String> titles = new HashSet<>();
        for (int page = 0; page < MAX_PAGES && tree().byId("hc-submit").isEmpty(); page++) {
            String title = pageTitle();
            browser.expect(titles.add(title), "the health check did not move on from " + title + ": "
                    + abbreviate(tree().pageText()));
            answerPage();
            browser.step("hc-continue").click(tree().requireById("hc-continue"));
            think.run();
        }
        Node submit = tree().byId("hc-submit").orElse(null);
        browser.expect(submit != null, "no 'Check your answers' page after " + MAX_PAGES + " pages");
        browser.step("hc-submit").click(submit);
        browser.expect(tree().byId("hc-pdf").isPresent(), "sending did not show the result: "
                + abbreviate(tree().pageText()));
        think.run();
    }

    private String pageTitle() {
        return tree().find(tree().get(1).orElseThrow(), n -> n.tag().equals("h1")).stream().map(tree()::text)
                .findFirst().orElse("");
    }

    /** Answers every question the page shows, one at a time; an answer may bring a follow-up question into view. */
    private void answerPage() {
        Set<Integer> answered = new HashSet<>();
        while (true) {
            Optional<Node> next = tree().find(tree().get(1).orElseThrow(), n -> {
                String id = n.attribute("id");
                return id != null && id.startsWith("q-") && !answered.contains(n.id) && tree().shown(n);
            }).stream().findFirst();
            if (next.isEmpty()) {
                return;
            }
            Node field = next.get();
            answered.add(field.id);
            if (answer(field)) {
                think.run();
            }
        }
    }

    /** Gives an answer of the field's kind; optional free text and multiple choices only sometimes. */
    private boolean answer(Node field) {
        String question = field.attribute("id").substring(2);
        switch (field.tag()) {
            case "vaadin-radio-group" -> {
                // the questionnaire's radio buttons are markup inside the group (ChoiceGroup): the group's value
                String html = field.property("innerHTML");
                List<String> codes = html == null ? List.of() : org.jsoup.Jsoup.parseBodyFragment(html)
                        .select("vaadin-radio-button[value]").eachAttr("value");
                browser.expect(!codes.isEmpty(), "no options in " + question);
                browser.step("hc-answer").chooseValue(field, codes.get(random.nextInt(codes.size())));
                return true;
            }
            case "vaadin-checkbox-group" -> {
                List<Node> options = tree().find(field, n -> n.tag().equals("vaadin-checkbox"));
                if (options.isEmpty() || random.nextBoolean()) {
                    return false;
                }
                int i = random.nextInt(options.size());
                browser.step("hc-answer").chooseMany(field, options.get(i), key(options.get(i), i));
                return true;
            }
            case "vaadin-text-field" -> {
                int[] range = NUMBERS.getOrDefault(question, new int[] {1, 10});
                browser.step("hc-answer").type(field, String.valueOf(range[0] + random.nextInt(range[1] - range[0])));
                return true;
            }
            case "vaadin-text-area" -> {
                if (random.nextInt(3) > 0) {
                    return false;
                }
                browser.step("hc-answer").type(field, "Jaksaminen on ollut vaihtelevaa viime aikoina.");
                return true;
            }
            default -> {
                browser.expect(false, "unknown field " + field);
                return false;
            }
        }
    }

    /** An option's key as the server gave it (its value), else its place: Vaadin numbers the keys from 1. */
    private static String key(Node option, int index) {
        String value = option.property("value") != null ? option.property("value") : option.attribute("value");
        return value != null ? value : String.valueOf(index + 1);
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
