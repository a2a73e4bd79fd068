package fi.tyollisyystalo.servicemap.internal.ptv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads exported PTV responses. Service pages are list pages ({@code itemList}); the channels file may
 * be a list page too or the plain array that {@code ServiceChannel/list?guids=…} returns.
 */
public final class PtvFiles {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PtvFiles() {
    }

    static List<Ptv.Service> services(List<Path> pages) throws IOException {
        List<Ptv.Service> all = new ArrayList<>();
        for (Path page : pages) {
            all.addAll(items(read(page), Ptv.Service.class));
        }
        return all;
    }

    static List<Ptv.Channel> channels(Path file) throws IOException {
        return items(read(file), Ptv.Channel.class);
    }

    private static JsonNode read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        }
    }

    /**
     * The items of a list page or a plain array; anything else (an object keyed by id, an array of
     * something without ids) is a {@link WrongShapeException}, so that a wrong file is never read as empty.
     */
    private static <T> List<T> items(JsonNode root, Class<T> type) {
        JsonNode list = root.isArray() ? root
                : root.isObject() && root.has("itemList") && root.get("itemList").isArray() ? root.get("itemList")
                : null;
        if (list == null) {
            throw new WrongShapeException();
        }
        for (JsonNode item : list) {
            if (!item.isObject() || !item.has("id") || !item.get("id").isString()) {
                throw new WrongShapeException();
            }
        }
        if (root.isArray()) {
            List<T> items = new ArrayList<>();
            for (JsonNode item : root) {
                items.add(JSON.treeToValue(item, type));
            }
            return items;
        }
        Ptv.Page<T> page = JSON.convertValue(root, JSON.getTypeFactory().constructParametricType(Ptv.Page.class, type));
        return page.itemList();
    }

    /** A file that is JSON but not a PTV list page ({@code {"itemList": […]}}) nor an array of items with ids. */
    public static final class WrongShapeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        WrongShapeException() {
            super("Not a PTV list page or array of items with ids");
        }
    }

    /** Canonical text of what we read (our records only), the input of the change fingerprint. */
    static String canonical(Object value) {
        return JSON.writeValueAsString(value);
    }
}
