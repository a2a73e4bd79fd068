package fi.tyollisyystalo.referral.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.i18n.TranslationProvider;

import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentSubjects;
import fi.tyollisyystalo.referral.ExchangePartner;

/** Tells the consent centre which organisation an information exchange consent names. */
@Component
class ExchangeConsentSubjects implements ConsentSubjects {

    private final TranslationProvider texts;

    ExchangeConsentSubjects(TranslationProvider texts) {
        this.texts = texts;
    }

    @Override
    public ConsentKind kind() {
        return ConsentKind.INFO_EXCHANGE;
    }

    @Override
    public String describe(long subjectId, Locale locale) {
        return ExchangePartner.byId(subjectId)
                .map(p -> texts.getTranslation("contactform.q.exchange.option." + p.name(), locale))
                .orElseGet(() -> texts.getTranslation("consent.subject.unknown", locale));
    }

    @Override
    public Optional<String> link(long subjectId) {
        return Optional.empty();
    }
}
