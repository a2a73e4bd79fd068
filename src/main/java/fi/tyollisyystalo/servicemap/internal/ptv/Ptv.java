package fi.tyollisyystalo.servicemap.internal.ptv;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The part of the PTV OUT API v11 JSON that the import reads. Everything else in a response is
 * ignored, and a missing list reads as empty, so a newer API version with more fields still loads.
 */
final class Ptv {

    private Ptv() {
    }

    private static <T> List<T> list(@Nullable List<T> l) {
        return l == null ? List.of() : l;
    }

    /** One page of a list response: {@code Service/list/area/...} and {@code ServiceChannel/list/...}. */
    record Page<T>(int pageNumber, int pageSize, int pageCount, List<T> itemList) {
        Page {
            itemList = list(itemList);
        }
    }

    /** A text in one language: {@code {"language": "fi", "value": "…"}}. */
    record LanguageItem(@Nullable String language, @Nullable String value) {
    }

    /** A typed text in one language: names (Name, AlternativeName) and descriptions (Summary, Description…). */
    record LocalizedItem(@Nullable String language, @Nullable String type, @Nullable String value) {
    }

    /** A reference to another PTV item; {@code name} is a single string in v11. */
    record Item(String id, @Nullable String name) {
    }

    /** A code list entry: service class (ptvserclass2), ontology term (YSO, KOKO), target group (ptvkohderyhmat). */
    record Finto(@Nullable String code, @Nullable String uri, List<LanguageItem> name) {
        Finto {
            name = list(name);
        }
    }

    record Municipality(String code, List<LanguageItem> name) {
        Municipality {
            name = list(name);
        }
    }

    /** An area of a LimitedType service (a municipality, a region, a hospital region…) with its municipalities. */
    record Area(@Nullable String type, @Nullable String code, List<Municipality> municipalities) {
        Area {
            municipalities = list(municipalities);
        }
    }

    record ChannelLink(Item serviceChannel) {
    }

    record OrganizationLink(Item organization, @Nullable String roleType) {
    }

    record Service(String id, @Nullable String type, @Nullable String fundingType, List<LocalizedItem> serviceNames,
            List<LocalizedItem> serviceDescriptions, List<LanguageItem> requirements, List<String> languages,
            List<Finto> serviceClasses, List<Finto> ontologyTerms, List<Finto> targetGroups, @Nullable String areaType,
            List<Area> areas, List<ChannelLink> serviceChannels, List<OrganizationLink> organizations,
            @Nullable String publishingStatus, @Nullable String modified, @Nullable String serviceChargeType,
            List<LanguageItem> keywords) {
        Service {
            keywords = list(keywords);
            serviceNames = list(serviceNames);
            serviceDescriptions = list(serviceDescriptions);
            requirements = list(requirements);
            languages = list(languages);
            serviceClasses = list(serviceClasses);
            ontologyTerms = list(ontologyTerms);
            targetGroups = list(targetGroups);
            areas = list(areas);
            serviceChannels = list(serviceChannels);
            organizations = list(organizations);
        }
    }

    record StreetAddress(List<LanguageItem> street, @Nullable String streetNumber, @Nullable String postalCode,
            @Nullable Municipality municipality, @Nullable String latitude, @Nullable String longitude) {
        StreetAddress {
            street = list(street);
        }
    }

    /** {@code type}: Location | Postal | Delivery; {@code subType}: Single | Street | PostOfficeBox | Abroad… */
    record Address(@Nullable String type, @Nullable String subType, @Nullable StreetAddress streetAddress) {
    }

    record PhoneNumber(@Nullable String number, @Nullable String prefixNumber, @Nullable String chargeDescription,
            @Nullable String serviceChargeType, @Nullable String language, @Nullable String type) {
    }

    /** A web address; printable forms carry theirs as {@code channelUrls} with the address in {@code value}. */
    record WebPage(@Nullable String url, @Nullable String value, @Nullable String language) {
        @Nullable String address() {
            return url != null && !url.isBlank() ? url : value;
        }
    }

    record OpeningHour(@Nullable String dayFrom, @Nullable String dayTo, @Nullable String from, @Nullable String to) {
    }

    /** {@code serviceHourType}: DaysOfTheWeek | Exceptional | OverMidnight (called Special in later versions). */
    record ServiceHour(@Nullable String serviceHourType, @Nullable String validFrom, @Nullable String validTo,
            @Nullable Boolean isClosed, @Nullable Boolean isAlwaysOpen, List<LanguageItem> additionalInformation,
            List<OpeningHour> openingHour) {
        ServiceHour {
            additionalInformation = list(additionalInformation);
            openingHour = list(openingHour);
        }
    }

    record Sentence(List<LanguageItem> sentence) {
        Sentence {
            sentence = list(sentence);
        }
    }

    record AccessibilityGroup(List<LanguageItem> sentenceGroup, List<Sentence> sentences) {
        AccessibilityGroup {
            sentenceGroup = list(sentenceGroup);
            sentences = list(sentences);
        }
    }

    /** {@code serviceChannelType}: EChannel | Phone | PrintableForm | ServiceLocation | WebPage. */
    record Channel(String id, @Nullable String serviceChannelType, List<LocalizedItem> serviceChannelNames,
            List<LocalizedItem> serviceChannelDescriptions, List<Address> addresses, List<PhoneNumber> phoneNumbers,
            List<WebPage> webPages, List<WebPage> channelUrls, List<ServiceHour> serviceHours,
            List<AccessibilityGroup> accessibilitySentences, @Nullable String publishingStatus,
            @Nullable String modified) {
        Channel {
            serviceChannelNames = list(serviceChannelNames);
            serviceChannelDescriptions = list(serviceChannelDescriptions);
            addresses = list(addresses);
            phoneNumbers = list(phoneNumbers);
            webPages = list(webPages);
            channelUrls = list(channelUrls);
            serviceHours = list(serviceHours);
            accessibilitySentences = list(accessibilitySentences);
        }
    }
}
