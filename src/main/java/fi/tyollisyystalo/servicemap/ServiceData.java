package fi.tyollisyystalo.servicemap;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * Everything about a service that an editor maintains. {@code internalReferral} and
 * {@code internalContact} are for professionals only: the public views and the open API leave them out.
 * {@code keywords} are the words residents use for the service ("asunnoton", "rahat loppuu"), comma
 * separated in each language; they are searched, not shown.
 */
public record ServiceData(LocalizedText name, LocalizedText summary, LocalizedText description,
        LocalizedText howToUse, LocalizedText requirements, ChargeType chargeType, Set<Domain> domains,
        Set<String> municipalities, Set<String> languages, Set<TargetGroup> targetGroups, List<ChannelData> channels,
        @Nullable String internalReferral, @Nullable String internalContact, LocalizedText keywords) {

    public ServiceData {
        // a revision saved before keywords existed reads without them
        keywords = keywords == null ? LocalizedText.EMPTY : keywords;
    }

    /** A service without keywords. */
    public ServiceData(LocalizedText name, LocalizedText summary, LocalizedText description,
            LocalizedText howToUse, LocalizedText requirements, ChargeType chargeType, Set<Domain> domains,
            Set<String> municipalities, Set<String> languages, Set<TargetGroup> targetGroups,
            List<ChannelData> channels, @Nullable String internalReferral, @Nullable String internalContact) {
        this(name, summary, description, howToUse, requirements, chargeType, domains, municipalities, languages,
                targetGroups, channels, internalReferral, internalContact, LocalizedText.EMPTY);
    }

    /** The same service with other keywords. */
    public ServiceData withKeywords(LocalizedText keywords) {
        return new ServiceData(name, summary, description, howToUse, requirements, chargeType, domains,
                municipalities, languages, targetGroups, channels, internalReferral, internalContact, keywords);
    }
}
