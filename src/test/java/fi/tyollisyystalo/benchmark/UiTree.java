package fi.tyollisyystalo.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * The client's copy of a Vaadin Flow UI, as the load test needs it: the state nodes the server describes in the
 * {@code changes} of its UIDL responses (attach, detach, put, remove, splice, clear), with each element's tag,
 * visibility, properties, attributes, children, listened events and text. Enough to find a field by its
 * {@code id}, the buttons and links under it, and the text a page shows, like a browser would; nothing is
 * rendered.
 */
final class UiTree {

    // Flow's node features (com.vaadin.flow.internal.nodefeature.NodeFeatures)
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;
    static final int VIRTUAL_CHILDREN = 24;

    /** One state node: an element, a text node or one of the UI's own nodes. */
    static final class Node {
        final int id;
        final Map<String, JsonNode> data = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, JsonNode> listeners = new LinkedHashMap<>();
        final List<Integer> children = new ArrayList<>();
        String text;
        int parent = -1;

        Node(int id) {
            this.id = id;
        }

        String tag() {
            JsonNode tag = data.get("tag");
            return tag == null ? "" : tag.asString();
        }

        String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        boolean hidden() {
            JsonNode visible = data.get("visible");
            return visible != null && !visible.asBoolean(true);
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + (attribute("id") == null ? "" : " id=" + attribute("id")) + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** The listeners' settings by hash: Vaadin sends each once ({@code constants}) and refers to it after. */
    private final Map<String, JsonNode> constants = new HashMap<>();

    private final List<Integer> attached = new ArrayList<>();

    /** The nodes the last UIDL answer attached, in order (their elements are new in the page). */
    List<Node> lastAttached() {
        return attached.stream().map(nodes::get).filter(n -> n != null).toList();
    }

    /** Applies one UIDL answer: its {@code constants}, then its {@code changes}. */
    void applyUidl(JsonNode uidl) {
        attached.clear();
        JsonNode sent = uidl.path("constants");
        for (var entry : sent.properties()) {
            constants.put(entry.getKey(), entry.getValue());
        }
        apply(uidl.get("changes"));
    }

    /**
     * The expressions whose values the server wants with an event of this node (e.g. {@code event.detail}, or
     * {@code route} for {@code ui-navigate}), from the listener's settings; properties to synchronise
     * ({@code }value}) and debounce settings are left out.
     */
    List<String> eventData(Node node, String event) {
        List<String> expressions = new ArrayList<>();
        JsonNode listener = node.listeners.get(event);
        if (listener == null) {
            return expressions;
        }
        List<JsonNode> settings = new ArrayList<>();
        if (listener.isArray()) {
            listener.forEach(settings::add);
        } else {
            settings.add(listener);
        }
        for (JsonNode s : settings) {
            JsonNode resolved = s.isString() && constants.containsKey(s.asString()) ? constants.get(s.asString()) : s;
            if (resolved.isObject()) {
                for (var entry : resolved.properties()) {
                    String key = entry.getKey();
                    if (!key.isEmpty() && !key.chars().allMatch(Character::isDigit) && !key.startsWith("}")
                            && !key.startsWith("]")) {
                        expressions.add(key);
                    }
                }
            } else if (resolved.isString() && !resolved.asString().startsWith("}")) {
                expressions.add(resolved.asString());
            }
        }
        return expressions;
    }

    /** Applies one response's {@code changes} (an array, in order). */
    void apply(JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.path("type").asString();
            switch (type) {
                case "attach" -> {
                    // a parent's splice may name the node before its attach: keep what is known of it
                    node(id);
                    attached.add(id);
                }
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> map(node(id), change.path("feat").asInt()).remove(change.path("key").asString());
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change.path("feat").asInt());
                default -> {
                    // "empty" (a feature with nothing in it yet) and anything newer: nothing this client needs
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        String key = change.path("key").asString();
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
        if (feature == TEXT_NODE) {
            node.text = value == null || value.isNull() ? "" : value.asString();
            return;
        }
        Map<String, JsonNode> map = map(node, feature);
        if (map != null && value != null) {
            map.put(key, value);
        }
    }

    private static Map<String, JsonNode> map(Node node, int feature) {
        return switch (feature) {
            case ELEMENT_DATA -> node.data;
            case ELEMENT_PROPERTIES -> node.properties;
            case ELEMENT_ATTRIBUTES -> node.attributes;
            case ELEMENT_LISTENERS -> node.listeners;
            default -> new HashMap<>();
        };
    }

    private void splice(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        if (feature == VIRTUAL_CHILDREN) {
            // the UI's content (the router's layout) hangs from the UI as a virtual child, not in its DOM children
            for (JsonNode child : change.path("addNodes")) {
                node.children.add(child.asInt());
                node(child.asInt()).parent = node.id;
            }
            return;
        }
        if (feature != ELEMENT_CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            orphan(node, node.children.remove(index));
        }
        List<Integer> added = new ArrayList<>();
        for (JsonNode child : change.path("addNodes")) {
            added.add(child.asInt());
            node(child.asInt()).parent = node.id;
        }
        node.children.addAll(Math.min(index, node.children.size()), added);
    }

    /** A removed child no longer hangs from the parent (unless another change has already moved it elsewhere). */
    private void orphan(Node parent, int child) {
        Node removed = nodes.get(child);
        if (removed != null && removed.parent == parent.id) {
            removed.parent = -1;
        }
    }

    private void clear(Node node, int feature) {
        if (feature == ELEMENT_CHILDREN) {
            node.children.forEach(child -> orphan(node, child));
            node.children.clear();
        } else {
            Map<String, JsonNode> map = map(node, feature);
            map.clear();
        }
    }

    Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The element with this {@code id} attribute that is still attached to the page, if any. */
    Optional<Node> byId(String domId) {
        return nodes.values().stream().filter(n -> domId.equals(n.attribute("id"))).filter(this::attached)
                .findFirst();
    }

    Node requireById(String domId) {
        return byId(domId).orElseThrow(() -> new IllegalStateException("no element #" + domId + " on the page"));
    }

    List<Node> children(Node node) {
        return node.children.stream().map(nodes::get).filter(n -> n != null).toList();
    }

    /** The node and everything under it, depth first in document order. */
    Stream<Node> subtree(Node node) {
        return Stream.concat(Stream.of(node), children(node).stream().flatMap(this::subtree));
    }

    List<Node> find(Node root, Predicate<Node> test) {
        return subtree(root).filter(test).toList();
    }

    /** Whether the node hangs from the UI's root (node 1) through elements that are all visible. */
    boolean shown(Node node) {
        for (Node n = node; n != null; n = nodes.get(n.parent)) {
            if (n.hidden()) {
                return false;
            }
            if (n.id == 1) {
                return true;
            }
        }
        return false;
    }

    private boolean attached(Node node) {
        for (Node n = node; n != null; n = nodes.get(n.parent)) {
            if (n.id == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text under a node as a reader would get it: text nodes, and the markup of {@code Html} components
     * ({@code innerHTML}) with its tags taken out.
     */
    String text(Node root) {
        StringBuilder text = new StringBuilder();
        appendText(root, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private void appendText(Node n, StringBuilder text) {
        if (n.hidden()) {
            return;
        }
        if (n.text != null) {
            text.append(n.text).append(' ');
        }
        String html = n.property("innerHTML");
        if (html != null) {
            text.append(html.replaceAll("<[^>]*>", " ")).append(' ');
        }
        String label = n.property("label");
        if (label != null) {
            text.append(label).append(' ');
        }
        children(n).forEach(child -> appendText(child, text));
    }

    /** All the text of the page (from the UI's root). */
    String pageText() {
        return get(1).map(this::text).orElse("");
    }

    int size() {
        return nodes.size();
    }
}
