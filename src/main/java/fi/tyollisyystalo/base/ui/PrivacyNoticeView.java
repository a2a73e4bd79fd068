package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fi.tyollisyystalo.base.i18n.TranslationProvider;

/** Tietosuojaseloste: the GDPR articles 13–14 notice for residents. */
@Route(value = SitePages.PRIVACY, layout = ResidentLayout.class)
@AnonymousAllowed
class PrivacyNoticeView extends LegalPage {

    PrivacyNoticeView(Organisation org, TranslationProvider texts) {
        super("privacy", org.privacyEmail(), org, texts);
    }
}
