package fi.tyollisyystalo.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;

/**
 * Errors in event handlers (a click, a value change): logged with a reference, and the user is told
 * in their language what happened. What they typed stays on the page.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String reference = Failures.newReference();
        boolean unavailable = Failures.isServiceUnavailable(event.getThrowable());
        if (unavailable) {
            log.warn("Service unavailable during a UI event, reference {}: {}", reference,
                    event.getThrowable().toString());
        } else {
            log.error("Unexpected error during a UI event, reference {}", reference, event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                String text = ui.getTranslation(unavailable ? "error.notification.unavailable"
                        : "error.notification.unexpected", reference);
                Notification n = Notification.show(text, 10000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
