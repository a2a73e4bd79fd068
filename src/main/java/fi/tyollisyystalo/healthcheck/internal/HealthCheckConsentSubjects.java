package fi.tyollisyystalo.healthcheck.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.identity.ConsentKind;
import fi.tyollisyystalo.identity.ConsentSubjects;
import fi.tyollisyystalo.identity.CurrentUser;

/** Tells the consent centre which health check result a share consent covers, and links to it. */
@Component
class HealthCheckConsentSubjects implements ConsentSubjects {

    private final HealthCheckStore store;
    private final CurrentUser currentUser;
    private final TranslationProvider texts;

    HealthCheckConsentSubjects(HealthCheckStore store, CurrentUser currentUser, TranslationProvider texts) {
        this.store = store;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    @Override
    public ConsentKind kind() {
        return ConsentKind.HEALTH_CHECK_SHARE;
    }

    @Override
    public String describe(long checkId, Locale locale) {
        long me = currentUser.requirePersonId();
        return store.find(checkId).filter(c -> c.personId() == me && c.submittedAt() != null)
                .map(c -> texts.getTranslation("consent.subject.health-check", locale,
                        Formats.dateTime(c.submittedAt(), locale)))
                .orElseGet(() -> texts.getTranslation("consent.subject.health-check.unknown", locale));
    }

    @Override
    public Optional<String> link(long checkId) {
        return Optional.of("/" + fi.tyollisyystalo.healthcheck.HealthCheckPages.result(checkId));
    }
}
