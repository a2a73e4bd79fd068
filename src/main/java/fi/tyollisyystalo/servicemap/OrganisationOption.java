package fi.tyollisyystalo.servicemap;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** An organisation an editor can choose as a service's provider. */
public record OrganisationOption(long id, LocalizedText name, OrganisationType type) {
}
