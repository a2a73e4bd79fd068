package fi.tyollisyystalo.servicemap;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * One way into a service. Which fields are filled depends on the type: a LOCATION has an address,
 * coordinates, opening hours and accessibility; a PHONE a number, hours and cost; WEB and ESERVICE a URL.
 */
public record ChannelData(ChannelType type, LocalizedText name, @Nullable String street, @Nullable String postalCode,
        @Nullable String municipality, @Nullable Double latitude, @Nullable Double longitude,
        @Nullable OpeningHours openingHours, LocalizedText accessibility, @Nullable String phoneNumber,
        LocalizedText phoneHours, LocalizedText phoneCost, @Nullable String url) {
}
