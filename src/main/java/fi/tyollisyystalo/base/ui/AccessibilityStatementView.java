package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fi.tyollisyystalo.base.i18n.TranslationProvider;

/** Saavutettavuusseloste: required by the Act on the Provision of Digital Services (306/2019). */
@Route(value = SitePages.ACCESSIBILITY, layout = ResidentLayout.class)
@AnonymousAllowed
class AccessibilityStatementView extends LegalPage {

    AccessibilityStatementView(Organisation org, TranslationProvider texts) {
        super("accessibility", org.accessibilityEmail(), org, texts);
    }
}
