package fi.tyollisyystalo.servicemap.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.ui.PageTexts;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.Links;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.Region;

/** One way into a service, with what a person needs to use it: address and hours, number, or link. */
class ChannelCard extends Div {

    private final PageTexts texts;
    private final java.time.Clock clock;

    ChannelCard(ChannelData c, PageTexts texts, java.time.Clock clock) {
        this.texts = texts;
        this.clock = clock;
        addClassNames("tt-channel", "tt-channel--" + c.type().name().toLowerCase());
        Locale locale = getLocale();
        String way = getTranslation("servicemap.way." + c.type().name());
        H3 heading = c.name().isBlank() ? new H3(way) : texts.set(new H3(), c.name());
        Span kind = new Span(way);
        kind.addClassName("tt-channel__kind");
        add(kind, heading);
        switch (c.type()) {
            case LOCATION -> location(c, locale);
            case PHONE -> phone(c);
            case WEB, ESERVICE -> {
                if (Links.isWebAddress(c.url())) {
                    add(new Paragraph(new Anchor(c.url(), getTranslation("servicemap.channel.open." + c.type().name()))));
                } else if (c.url() != null) {
                    // stored before the check existed, or changed by hand in the database: shown, never a link
                    add(new Paragraph(c.url()));
                }
            }
        }
    }

    private void location(ChannelData c, Locale locale) {
        String address = String.join(", ", java.util.stream.Stream.of(c.street(), (c.postalCode() == null ? "" : c.postalCode())
                + " " + (c.municipality() == null ? "" : Region.name(c.municipality(), locale))).filter(s -> s != null && !s.isBlank())
                .map(String::strip).toList());
        if (!address.isBlank()) {
            add(new Paragraph(new Anchor("https://www.openstreetmap.org/search?query="
                    + URLEncoder.encode(address, StandardCharsets.UTF_8), address)));
        }
        OpeningHours hours = c.openingHours();
        if (hours != null && !hours.isEmpty()) {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(Formats.HELSINKI));
            Span open = new Span(getTranslation(hours.isOpenAt(now) ? "servicemap.open.now" : "servicemap.closed.now"));
            open.addClassNames("tt-badge", hours.isOpenAt(now) ? "tt-badge--open" : "tt-badge--closed");
            add(new Paragraph(open), week(hours, now.toLocalDate(), locale));
            List<OpeningHours.Exception> upcoming = hours.exceptions().stream()
                    .filter(e -> !e.date().isBefore(now.toLocalDate()) && e.date().isBefore(now.toLocalDate().plusDays(60)))
                    .toList();
            for (OpeningHours.Exception e : upcoming) {
                add(new Paragraph(Formats.date(e.date(), locale) + ": " + (e.closed() || e.open() == null
                        ? getTranslation("servicemap.closed") : e.open() + "–" + e.close())));
            }
        }
        if (!c.accessibility().isBlank()) {
            add(texts.sentence("servicemap.channel.accessibility", c.accessibility()));
        }
    }

    private NativeTable week(OpeningHours hours, LocalDate today, Locale locale) {
        NativeTable table = new NativeTable();
        table.addClassName("tt-hours");
        NativeTableBody body = new NativeTableBody();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            NativeTableHeaderCell name = new NativeTableHeaderCell(
                    Formats.dayName(day.getDayOfWeek(), locale));
            name.getElement().setAttribute("scope", "row");
            List<OpeningHours.Span> spans = hours.on(day);
            String text = spans.isEmpty() ? getTranslation("servicemap.closed")
                    : String.join(", ", spans.stream().map(s -> s.open() + "–" + s.close()).toList());
            NativeTableRow row = new NativeTableRow(name, new NativeTableCell(text));
            if (day.equals(today)) {
                row.addClassName("tt-hours__today");
                row.getElement().setAttribute("aria-current", "date");
            }
            body.add(row);
        }
        table.add(body);
        return table;
    }

    private void phone(ChannelData c) {
        if (Links.isPhoneNumber(c.phoneNumber())) {
            add(new Paragraph(new Anchor(Links.telHref(c.phoneNumber()), c.phoneNumber())));
        } else if (c.phoneNumber() != null) {
            add(new Paragraph(c.phoneNumber()));
        }
        if (!c.phoneHours().isBlank()) {
            add(texts.paragraph(c.phoneHours()));
        }
        if (!c.phoneCost().isBlank()) {
            add(texts.paragraph(c.phoneCost()));
        }
    }
}
