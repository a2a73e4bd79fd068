package fi.tyollisyystalo.healthcheck.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.Region;

/** The ways into a recommended service as short lines: phone numbers, addresses, web addresses. */
final class Ways {

    private Ways() {
    }

    /** Each line is a translation key of the kind of way, the way itself, and a link to it where there is one. */
    record Line(String kindKey, String text, @Nullable String href) {
    }

    /**
     * A phone number as a tel: link (as on the service page), a web address as itself when it is http(s),
     * an address as a map search; null where the value can't be a safe link.
     */
    static @Nullable String href(ChannelType type, String text) {
        return switch (type) {
            case PHONE -> "tel:" + text.replaceAll("[^+0-9]", "");
            case WEB, ESERVICE -> text.matches("(?i)https?://[^\\s\"<>]+") ? text : null;
            case LOCATION -> "https://www.openstreetmap.org/search?query="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8);
        };
    }

    static List<Line> of(List<ChannelData> channels, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (ChannelData c : channels) {
            String text = switch (c.type()) {
                case PHONE -> c.phoneNumber();
                case WEB, ESERVICE -> c.url();
                case LOCATION -> c.street() == null ? null : c.street()
                        + (c.municipality() == null ? "" : ", " + Region.name(c.municipality(), locale));
            };
            if (text != null && !text.isBlank() && lines.size() < 4) {
                lines.add(new Line("servicemap.way." + c.type().name(), text, href(c.type(), text)));
            }
        }
        return lines;
    }
}
