package fi.tyollisyystalo.servicemap;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** An organisation an editor can choose as a service's provider, or edit. */
public record OrganisationOption(long id, LocalizedText name, OrganisationType type, @Nullable String website) {
}
