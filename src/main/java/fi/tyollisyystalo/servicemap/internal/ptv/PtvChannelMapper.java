package fi.tyollisyystalo.servicemap.internal.ptv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.Links;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.NoteKind;

/**
 * One PTV channel as our channels. A service location gives its visiting address, coordinates, hours
 * and accessibility; a phone channel one entry per distinct number; web pages, e-services and printable
 * forms a link.
 */
final class PtvChannelMapper {

    private static final Set<String> NAME = Set.of("Name");
    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private PtvChannelMapper() {
    }

    static List<ChannelData> map(Ptv.Channel c, ChannelType type, BiConsumer<NoteKind, String> notes) {
        LocalizedText name = PtvTexts.typed(c.serviceChannelNames(), NAME);
        return switch (type) {
            case LOCATION -> List.of(location(c, name, notes));
            case PHONE -> phones(c, name, notes);
            case WEB, ESERVICE -> link(c, type, name, notes);
        };
    }

    private static ChannelData location(Ptv.Channel c, LocalizedText name, BiConsumer<NoteKind, String> notes) {
        Ptv.StreetAddress a = visitingAddress(c);
        String street = null;
        String postalCode = null;
        String municipality = null;
        PtvCoordinates.LatLon at = null;
        if (a != null) {
            String streetName = PtvTexts.in(a.street(), "fi");
            if (streetName == null) {
                streetName = PtvTexts.in(a.street(), "sv");
            }
            street = streetName == null ? null
                    : cut(streetName + (a.streetNumber() == null ? "" : " " + a.streetNumber().strip()), 255);
            postalCode = a.postalCode() == null ? null : cut(a.postalCode().strip(), 10);
            municipality = a.municipality() == null ? null : PtvServiceMapper.municipalityCode(a.municipality().code());
            at = PtvCoordinates.of(a.latitude(), a.longitude());
        }
        OpeningHours hours = PtvHours.convert(c.serviceHours(), notes);
        return new ChannelData(ChannelType.LOCATION, name, street, postalCode, municipality,
                at == null ? null : at.latitude(), at == null ? null : at.longitude(), hours,
                PtvTexts.accessibility(c.accessibilitySentences()), null, LocalizedText.EMPTY, LocalizedText.EMPTY,
                null);
    }

    private static Ptv.@Nullable StreetAddress visitingAddress(Ptv.Channel c) {
        Ptv.StreetAddress any = null;
        for (Ptv.Address a : c.addresses()) {
            if (a.streetAddress() == null) {
                continue;
            }
            if ("Location".equalsIgnoreCase(a.type()) || "Visiting".equalsIgnoreCase(a.type())) {
                return a.streetAddress();
            }
            any = any == null ? a.streetAddress() : any;
        }
        return any;
    }

    /** Numbers in the order PTV gives them; the same number in several languages is one entry. */
    private static List<ChannelData> phones(Ptv.Channel c, LocalizedText name, BiConsumer<NoteKind, String> notes) {
        OpeningHours hours = PtvHours.convert(c.serviceHours(), notes);
        LocalizedText hoursText = PtvHours.text(hours, c.serviceHours());
        Map<String, List<Ptv.PhoneNumber>> byNumber = new LinkedHashMap<>();
        for (Ptv.PhoneNumber p : c.phoneNumbers()) {
            String number = number(p);
            if (number != null && !Links.isPhoneNumber(number)) {
                notes.accept(NoteKind.PHONE_REJECTED, number);
            } else if (number != null && !"Fax".equalsIgnoreCase(p.type())) {
                byNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(p);
            }
        }
        if (byNumber.isEmpty()) {
            return List.of(phone(name, null, hours, hoursText, LocalizedText.EMPTY));
        }
        List<ChannelData> result = new ArrayList<>();
        byNumber.forEach((number, entries) -> result.add(phone(name, number, hours, hoursText, cost(entries))));
        return result;
    }

    private static ChannelData phone(LocalizedText name, @Nullable String number, OpeningHours hours,
            LocalizedText hoursText, LocalizedText cost) {
        return new ChannelData(ChannelType.PHONE, name, null, null, null, null, null, hours, LocalizedText.EMPTY,
                number, hoursText, cost, null);
    }

    private static LocalizedText cost(List<Ptv.PhoneNumber> entries) {
        List<Ptv.LanguageItem> items = entries.stream()
                .map(p -> new Ptv.LanguageItem(p.language(), p.chargeDescription())).toList();
        LocalizedText byLanguage = PtvTexts.of(items);
        if (byLanguage.isBlank() && entries.size() == 1 && entries.getFirst().chargeDescription() != null) {
            return new LocalizedText(entries.getFirst().chargeDescription().strip(), null, null);
        }
        return byLanguage;
    }

    /** +358 and 0295 025 500 become "+358 295 025 500"; a service number without a prefix stays as it is. */
    static @Nullable String number(Ptv.PhoneNumber p) {
        if (p.number() == null || p.number().isBlank()) {
            return null;
        }
        String number = p.number().strip();
        String prefix = p.prefixNumber() == null ? "" : p.prefixNumber().strip();
        if (prefix.isEmpty()) {
            return cut(number, 40);
        }
        return cut(prefix + " " + (number.startsWith("0") ? number.substring(1) : number), 40);
    }

    /** A link that is not http(s) is left out with a note; a link channel without a link is left out too. */
    private static List<ChannelData> link(Ptv.Channel c, ChannelType type, LocalizedText name,
            BiConsumer<NoteKind, String> notes) {
        String url = url(c.webPages());
        if (url == null) {
            url = url(c.channelUrls());
        }
        if (url != null && !Links.isWebAddress(url)) {
            notes.accept(NoteKind.LINK_REJECTED, url);
            url = null;
        }
        if (url == null) {
            return List.of();
        }
        return List.of(new ChannelData(type, name, null, null, null, null, null, null, LocalizedText.EMPTY, null,
                LocalizedText.EMPTY, LocalizedText.EMPTY, url));
    }

    /** The Finnish page first, then Swedish, English, any. */
    private static @Nullable String url(List<Ptv.WebPage> pages) {
        for (String language : LANGUAGES) {
            for (Ptv.WebPage p : pages) {
                if (language.equals(p.language()) && p.address() != null) {
                    return p.address().strip();
                }
            }
        }
        return pages.stream().map(Ptv.WebPage::address).filter(a -> a != null && !a.isBlank()).findFirst()
                .map(String::strip).orElse(null);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
