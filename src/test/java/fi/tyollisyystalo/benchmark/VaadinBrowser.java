package fi.tyollisyystalo.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated resident's browser tab, speaking Vaadin Flow's HTTP protocol the way Vaadin's client does (recorded
 * from Chromium, docs/benchmarks.md "Load: 200 residents"): a page is its HTML bootstrap and the {@code v-r=init}
 * request that creates the UI and returns its first state; every later interaction is a UIDL request
 * ({@code v-r=uidl&v-uiId=N}) with the CSRF token, the server's {@code syncId} and the client's own counter
 * ({@code clientId}), carrying events (clicks), property changes ({@code mSync}) and router navigations for node ids
 * found in the server's changes ({@link UiTree}). Cookies are kept per resident, as a browser does.
 *
 * <p>Every request is timed and checked: an HTTP status other than 200, Vaadin's {@code appError} or
 * {@code sessionExpired}, a resynchronisation, or an answer that is not what the step expects is an error of the
 * interaction it belongs to ({@link Interactions}), and the step stops the resident's journey.
 */
final class VaadinBrowser {

    /** The step failed: already counted as an error, the journey ends here. */
    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message, null, false, false);
        }
    }

    static final String KIND_HEADER = "X-Load-Step";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INITIAL = "window.Vaadin.TypeScript= ";
    private static final Pattern FORM = Pattern.compile("<form[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile(
            "<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>");

    private final URI base;
    private final Interactions record;
    private final HttpClient http;
    private UiTree tree = new UiTree();
    private String csrf = "";
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private int historyIndex;
    private String kind = "";
    /** Put before the step in the header, so that a warm-up's requests are told apart in the access log. */
    private String headerPrefix = "";
    private long interactionNanos;

    VaadinBrowser(URI base, Interactions record) {
        this.base = base;
        this.record = record;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    VaadinBrowser headerPrefix(String prefix) {
        this.headerPrefix = prefix;
        return this;
    }

    UiTree tree() {
        return tree;
    }

    /** Starts an interaction: its requests are timed under {@code kind} until the next one starts. */
    VaadinBrowser step(String kind) {
        finish();
        this.kind = kind;
        this.interactionNanos = 0;
        return this;
    }

    /** Ends the current interaction, recording its whole time (the sum of its requests). */
    void finish() {
        if (!kind.isEmpty() && interactionNanos > 0) {
            record.interaction(kind, interactionNanos);
        }
        kind = "";
        interactionNanos = 0;
    }

    /**
     * Opens a page as typing its address does: the bootstrap page, which carries the UI's first state with the
     * route's view already in it ({@code window.Vaadin.TypeScript.initial}), then the client's {@code ui-navigate}
     * event on the UI (node 1) that tells the server the client has started.
     */
    void open(String pathAndQuery) {
        String path = pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery;
        HttpResponse<String> page = get(base.resolve(path), "text/html");
        String html = page.body();
        int at = html.indexOf(INITIAL);
        expect(at >= 0, "the bootstrap page has no initial UI state");
        int end = html.indexOf(";</script>", at);
        expect(end > at, "the initial UI state does not end");
        JsonNode initial = parse(html.substring(at + INITIAL.length(), end));
        JsonNode config = initial.path("initial").path("appConfig");
        expect(config.has("uidl"), "the initial state has no UIDL");
        uiId = config.path("v-uiId").asInt();
        tree = new UiTree();
        clientId = 0;
        csrf = "";
        handle(config.get("uidl"));
        int q = path.indexOf('?');
        // the new components' first property events, then the client's start, in one request as Chromium sends them
        ArrayNode rpc = upgraded();
        rpc.add(uiNavigate(q < 0 ? path : path.substring(0, q), q < 0 ? "" : path.substring(q + 1), ""));
        send(rpc, false);
    }

    /**
     * The client's navigation event on the UI (node 1): at start ({@code trigger} empty, the route with its leading
     * slash) and when a router link is followed ({@code trigger} "client", no slash).
     */
    private ObjectNode uiNavigate(String route, String query, String trigger) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        ObjectNode data = event.putObject("data");
        data.put("route", route).put("query", query).put("appShellTitle", "");
        data.putObject("historyState").put("idx", trigger.isEmpty() ? 0 : ++historyIndex);
        data.put("trigger", trigger);
        return event;
    }

    /**
     * What Vaadin's client sends when web components it has just created start: each one's change events for
     * the properties the server listens to ({@code value-changed}, {@code checked-changed}, …), with no data.
     */
    private ArrayNode upgraded() {
        ArrayNode events = JSON.createArrayNode();
        for (UiTree.Node node : tree.lastAttached()) {
            for (String name : node.listeners.keySet()) {
                if (name.endsWith("-changed")) {
                    ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node.id)
                            .put("event", name);
                    event.putObject("data");
                    events.add(event);
                }
            }
        }
        return events;
    }

    /** A click on an element, with the event data its server-side listener asks for. */
    JsonNode click(UiTree.Node node) {
        return rpc(event(node, "click"));
    }

    /** Types into a text field and leaves it (one request), then clicks a button (another), as Chromium does. */
    void typeAndClick(UiTree.Node field, String text, UiTree.Node button) {
        type(field, text);
        click(button);
    }

    /** Types into a text field or area and leaves it: the value synchronised, then the field's change event. */
    JsonNode type(UiTree.Node field, String text) {
        ArrayNode rpc = sync(field, "value", JSON.getNodeFactory().stringNode(text));
        for (String name : java.util.List.of("change", "input", "value-changed")) {
            if (field.listeners.containsKey(name)) {
                rpc.add(event(field, name).get(0));
                break;
            }
        }
        return rpc(rpc);
    }

    /**
     * Picks a radio button of a group whose buttons are markup, not server nodes (the questionnaire's
     * {@code ChoiceGroup}): only the group's value, the option's code, as Chromium sends it.
     */
    JsonNode chooseValue(UiTree.Node group, String code) {
        ArrayNode rpc = sync(group, "value", JSON.getNodeFactory().stringNode(code));
        rpc.add(event(group, "value-changed").get(0));
        return rpc(rpc);
    }

    /** Ticks one check box of a group: the box checked, then the group's value (the keys). */
    JsonNode chooseMany(UiTree.Node group, UiTree.Node option, String key) {
        ArrayNode rpc = sync(option, "checked", JSON.getNodeFactory().booleanNode(true));
        rpc.add(event(option, "checked-changed").get(0));
        ArrayNode keys = JSON.createArrayNode().add(key);
        rpc.addAll(sync(group, "value", keys));
        rpc.add(event(group, "value-changed").get(0));
        return rpc(rpc);
    }

    private static ArrayNode sync(UiTree.Node node, String property, JsonNode value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node.id)
                .put("feature", UiTree.ELEMENT_PROPERTIES).put("property", property);
        sync.set("value", value);
        return JSON.createArrayNode().add(sync);
    }

    /**
     * Follows an in-app link as Vaadin's client does when one is clicked: a {@code ui-navigate} event, no page load;
     * the new view's components then send their first property events in a second request.
     */
    JsonNode navigate(String href) {
        String location = href.startsWith("/") ? href.substring(1) : href;
        int q = location.indexOf('?');
        return rpc(JSON.createArrayNode().add(uiNavigate(q < 0 ? location : location.substring(0, q),
                q < 0 ? "" : location.substring(q + 1), "client")));
    }

    private ArrayNode event(UiTree.Node node, String eventName) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node.id).put("event", eventName);
        ObjectNode data = event.putObject("data");
        for (String expression : tree.eventData(node, eventName)) {
            if (expression.endsWith("Key") || expression.contains("repeat") || expression.contains("isComposing")) {
                data.put(expression, false);
            } else if (expression.startsWith("event.")) {
                data.put(expression, expression.equals("event.detail") ? 1 : 0);
            }
        }
        return JSON.createArrayNode().add(event);
    }

    /**
     * One UIDL request carrying these invocations; the answer's changes are applied to the tree. When the answer
     * created components, their first property events follow in a second request, as in the browser.
     */
    JsonNode rpc(ArrayNode invocations) {
        return send(invocations, true);
    }

    private JsonNode send(ArrayNode invocations, boolean followUp) {
        JsonNode answer = post(invocations);
        ArrayNode upgraded = followUp ? upgraded() : JSON.createArrayNode();
        if (!upgraded.isEmpty()) {
            post(upgraded);
        }
        return answer;
    }

    private JsonNode post(ArrayNode invocations) {
        expect(uiId >= 0, "no UI open");
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf);
        body.set("rpc", invocations);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").header(KIND_HEADER, headerPrefix + kind)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = send(request, "application/json");
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode uidl = parse(text);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        clientId++;
        handle(uidl);
        return uidl;
    }

    private void handle(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            fail("appError " + abbreviate(meta.get("appError").toString()));
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            fail("sessionExpired");
        }
        if (uidl.path("resynchronize").asBoolean(false)) {
            fail("resynchronize");
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrf = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        tree.applyUidl(uidl);
    }

    /**
     * Logs in through the dev identity provider as the real redirect flow goes: the application's authorization
     * request, the provider's login page, posting a person's claims (as its button does), the code back to the
     * application and its redirect onwards; the session is then the resident's.
     */
    void login(String username, String claimsJson) {
        HttpResponse<String> toIdp = get(base.resolve("/oauth2/authorization/suomifi"), null);
        expect(toIdp.statusCode() == 302, "no redirect to the identity provider: " + toIdp.statusCode());
        URI authorize = URI.create(toIdp.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> loginPage = get(authorize, "text/html");
        Matcher form = FORM.matcher(loginPage.body());
        expect(form.find(), "the identity provider's page has no form");
        String fields = form.group(1);
        Map<String, String> post = new java.util.LinkedHashMap<>();
        Matcher input = INPUT.matcher(fields);
        while (input.find()) {
            post.putIfAbsent(input.group(1), input.group(2));
        }
        post.put("username", username);
        post.put("claims", claimsJson);
        String encoded = post.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> code = send(HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded").header(KIND_HEADER, headerPrefix + kind)
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), null);
        expect(code.statusCode() == 302, "the identity provider did not redirect back: " + code.statusCode());
        URI callback = authorize.resolve(code.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> done = get(callback, null);
        expect(done.statusCode() == 302, "the application did not accept the login: " + done.statusCode());
        String next = done.headers().firstValue("Location").orElse("/");
        expect(!next.contains("error"), "login refused: " + next);
        // the page the application sends a resident to after login
        open(URI.create(next).getRawPath());
    }

    void close() {
        http.close();
    }

    private HttpResponse<String> get(URI uri, String expectedType) {
        return send(HttpRequest.newBuilder(uri).header(KIND_HEADER, headerPrefix + kind).GET().build(), expectedType);
    }

    /**
     * Sends a request and times it. With an expected content type the answer must be 200 of that type; without
     * one (the login's redirects) any answer below 400 is fine.
     */
    private HttpResponse<String> send(HttpRequest request, String expectedType) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            // compressed like a browser's (the server's gzip is part of its work), read whole before the clock stops
            HttpRequest gzip = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("Accept-Encoding", "gzip").header("Accept-Language", "fi-FI,fi;q=0.9")
                    .timeout(Duration.ofSeconds(30)).build();
            response = http.send(gzip, info -> HttpResponse.BodySubscribers.mapping(
                    HttpResponse.BodySubscribers.ofByteArray(),
                    bytes -> decode(bytes, info.headers().firstValue("Content-Encoding").orElse(""))));
        } catch (IOException | java.io.UncheckedIOException e) {
            fail("I/O " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed("interrupted");
        }
        long nanos = System.nanoTime() - start;
        if (request.uri().getPort() == base.getPort()) {
            record.request(kind, nanos);
            interactionNanos += nanos;
        }
        int status = response.statusCode();
        if (expectedType != null) {
            expect(status == 200, "HTTP " + status + " for " + request.uri());
            String type = response.headers().firstValue("Content-Type").orElse("");
            expect(type.startsWith(expectedType), "answer " + type + " for " + request.uri());
        } else {
            expect(status < 400, "HTTP " + status + " for " + request.uri());
        }
        return response;
    }

    private static String decode(byte[] bytes, String encoding) {
        if (!encoding.equalsIgnoreCase("gzip")) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Fails the step (an error of the current interaction) unless {@code condition} holds. */
    void expect(boolean condition, String reason) {
        if (!condition) {
            fail(reason);
        }
    }

    private void fail(String reason) {
        record.error(kind, reason);
        throw new StepFailed(reason);
    }

    private JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            fail("not JSON: " + abbreviate(text));
            return null;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
