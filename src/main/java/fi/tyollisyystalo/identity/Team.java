package fi.tyollisyystalo.identity;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** A team staff belong to: its code (as the identity provider gives it) and its name in fi/sv/en. */
public record Team(String code, LocalizedText name) {
}
