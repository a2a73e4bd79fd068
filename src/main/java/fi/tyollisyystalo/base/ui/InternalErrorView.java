package fi.tyollisyystalo.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Any other failure while opening a page. When the database (or another backing service) cannot be
 * reached the visitor is told the service is temporarily unavailable (503); otherwise they get an
 * apology and a reference that is also in the log (500). Never a stack trace.
 */
@ParentLayout(ResidentLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Failures.newReference();
        Exception error = parameter.getCaughtException();
        if (Failures.isServiceUnavailable(error)) {
            log.warn("Service unavailable opening /{}, reference {}: {}", event.getLocation().getPath(), reference,
                    error.toString());
            show("error.unavailable.title", "error.unavailable.body", reference);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Unexpected error opening /{}, reference {}", event.getLocation().getPath(), reference, error);
        show("error.internal.title", "error.internal.body", reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
