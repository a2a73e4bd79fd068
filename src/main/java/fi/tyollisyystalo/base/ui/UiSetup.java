package fi.tyollisyystalo.base.ui;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import fi.tyollisyystalo.base.i18n.LanguagePreference;
import fi.tyollisyystalo.base.i18n.Languages;

/**
 * Per-UI setup: the language of each new UI follows the visitor's preference (cookie, then browser),
 * {@code <html lang>} follows it, the bootstrap page shows the page's first words before the client has run
 * ({@link FirstPaint}) and cannot be broken out of ({@link SafeBootstrap}), and errors outside navigation get a
 * translated notification with a reference instead of a stack trace.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final java.util.concurrent.Executor VAADIN_TASKS = task -> Thread.ofVirtual()
            .name("vaadin-task").start(task);

    private final I18NProvider translations;
    private final List<FirstPaintContent> firstPaints;

    UiSetup(I18NProvider translations, List<FirstPaintContent> firstPaints) {
        this.translations = translations;
        this.firstPaints = firstPaints;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin's own background work on virtual threads of its own, not on Spring's task executor, whose tasks (the
        // event listeners) wait for a limited number of permits (base/jobs/AsyncTaskLimit)
        event.setExecutor(VAADIN_TASKS);
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = locale(response.getVaadinRequest());
            response.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
            FirstPaint.apply(response.getDocument(), path(response.getVaadinRequest()), locale,
                    key -> translations.getTranslation(key, locale), firstPaints);
        });
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

    /** The address asked for, without the context path and the query. */
    private static String path(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest http = servletRequest.getHttpServletRequest();
            return http.getRequestURI().substring(http.getContextPath().length());
        }
        return "";
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
