package fi.tyollisyystalo.servicemap;

import java.util.Set;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** One service in a result list. */
public record ServiceHit(long id, LocalizedText name, LocalizedText summary, LocalizedText organisationName,
        OrganisationType organisationType, Set<Domain> domains, Set<ChannelType> ways, ChargeType chargeType) {
}
