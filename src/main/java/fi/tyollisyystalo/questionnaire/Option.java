package fi.tyollisyystalo.questionnaire;

import fi.tyollisyystalo.base.i18n.LocalizedText;

/** A choice of a single or multiple choice question. Instrument items use the item's points as codes ("0"–"4"). */
public record Option(String code, LocalizedText text) {
}
