package fi.tyollisyystalo.base.ui;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import fi.tyollisyystalo.base.i18n.LanguagePreference;
import fi.tyollisyystalo.base.i18n.Languages;

/**
 * Per-UI setup: the language of each new UI follows the visitor's preference (cookie, then browser),
 * {@code <html lang>} follows it, the bootstrap page cannot be broken out of ({@link SafeBootstrap}), and errors outside navigation get a translated notification with
 * a reference instead of a stack trace.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", locale(response.getVaadinRequest()).getLanguage()));
        // last, so that it sees every script the page will carry
        event.addIndexHtmlRequestListener(SafeBootstrap::apply);
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            Locale locale = locale(VaadinRequest.getCurrent());
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
        });
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession()
                .setErrorHandler(new UiErrorHandler()));
    }

    private static Locale locale(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest http = servletRequest.getHttpServletRequest();
            return LanguagePreference.resolve(http);
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null ? Languages.supported(session.getLocale()) : Languages.FINNISH;
    }
}
