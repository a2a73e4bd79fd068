package fi.tyollisyystalo.servicemap;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * Everything about a service that an editor maintains. {@code internalReferral} and
 * {@code internalContact} are for professionals only: the public views and the open API leave them out.
 */
public record ServiceData(LocalizedText name, LocalizedText summary, LocalizedText description,
        LocalizedText howToUse, LocalizedText requirements, ChargeType chargeType, Set<Domain> domains,
        Set<String> municipalities, Set<String> languages, Set<TargetGroup> targetGroups, List<ChannelData> channels,
        @Nullable String internalReferral, @Nullable String internalContact) {
}
