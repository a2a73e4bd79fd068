package fi.tyollisyystalo.healthcheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.Region;

/** The ways into a recommended service as short lines: phone numbers, addresses, web addresses. */
final class Ways {

    private Ways() {
    }

    /** Each line is a translation key of the kind of way and the way itself. */
    record Line(String kindKey, String text) {
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
                lines.add(new Line("servicemap.way." + c.type().name(), text));
            }
        }
        return lines;
    }
}
