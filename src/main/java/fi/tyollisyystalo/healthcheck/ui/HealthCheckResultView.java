package fi.tyollisyystalo.healthcheck.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.identity.IdentityPages;
import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.pdf.PdfRenderer;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.healthcheck.HealthCheckNotFoundException;
import fi.tyollisyystalo.healthcheck.HealthCheckRecommendations;
import fi.tyollisyystalo.healthcheck.HealthCheckSharing;
import fi.tyollisyystalo.healthcheck.Recommendation;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.ShareConsent;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;

/**
 * The resident's result: a confirmation right after submitting, the result itself, the PDF, and
 * the choice to share this one result with the work-ability team (or to stop sharing it).
 */
@Route(value = HealthCheckPages.RESULTS + "/:checkId([0-9]+)", layout = ResidentLayout.class)
@RolesAllowed(Roles.RESIDENT)
class HealthCheckResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentHealthChecks service;
    private final HealthCheckSharing consents;
    private final HealthCheckRecommendations recommender;
    private final PdfRenderer pdf;
    private final Div sharing = new Div();
    private long checkId;

    HealthCheckResultView(ResidentHealthChecks service, HealthCheckSharing consents,
            HealthCheckRecommendations recommender, PdfRenderer pdf) {
        this.service = service;
        this.consents = consents;
        this.recommender = recommender;
        this.pdf = pdf;
        addClassNames("tt-page", "tt-hc-result-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.required(event, "checkId");
        SubmittedCheck check;
        try {
            check = service.myResult(id);
        } catch (HealthCheckNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        checkId = check.id();
        boolean justSubmitted = event.getLocation().getQueryParameters().getParameters().containsKey("submitted");
        if (justSubmitted) {
            Div panel = new Div(new H1(getTranslation("hc.done.title")),
                    new Paragraph(getTranslation("hc.done.text")));
            panel.addClassName("tt-confirmation");
            panel.setId("hc-confirmation");
            add(panel, new H2(getTranslation("hc.result.title")));
        } else {
            add(new H1(getTranslation("hc.result.title")));
        }
        Paragraph when = new Paragraph(getTranslation("hc.result.when", Formats.dateTime(check.submittedAt(), getLocale())));
        when.addClassName("tt-lead");
        add(when);
        List<Recommendation> recommendations = recommender.recommendations(check.result(), getLocale());
        add(new ResultPanel(check, recommendations, false));

        Anchor download = new Anchor();
        download.setId("hc-pdf");
        download.setText(getTranslation("hc.result.pdf"));
        download.addClassNames("tt-button", "tt-button--primary");
        java.util.Locale locale = getLocale();
        download.setHref(DownloadHandler.fromInputStream(e -> {
            var req = e.getRequest();
            String base = req.getHeader("Host") == null ? ""
                    : (req.isSecure() ? "https://" : "http://") + req.getHeader("Host");
            byte[] bytes = pdf.render(ResultPdf.xhtml(check, recommendations, locale, base,
                    (key, args) -> getTranslation(locale, key, args)));
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation(locale, "hc.pdf.filename"),
                    "application/pdf", bytes.length);
        }));
        // the accessible twin of the PDF, which Flying Saucer can't tag (docs/decisions/DD005)
        Button print = new Button(getTranslation("hc.result.print"), e -> getUI().ifPresent(
                ui -> ui.getPage().executeJs("window.print()")));
        print.setId("hc-print");
        Paragraph printNote = new Paragraph(getTranslation("hc.result.print.text"));
        printNote.addClassName("tt-hc-note");
        Section keep = new Section(new H2(getTranslation("hc.result.keep.heading")), new Paragraph(download),
                printNote, new Paragraph(print));
        keep.addClassName("tt-hc-keep");
        add(keep);

        sharing.setId("hc-sharing");
        Section share = new Section(new H2(getTranslation("hc.consent.heading")), sharing);
        share.addClassName("tt-hc-share");
        add(share);
        showSharing();
        add(new Paragraph(new Anchor("/" + IdentityPages.MY_PAGE, getTranslation("hc.result.mypage"))));
    }

    private void showSharing() {
        sharing.removeAll();
        ShareConsent consent = consents.myShareConsent(checkId);
        if (consent.active()) {
            Paragraph state = new Paragraph(getTranslation("hc.consent.active",
                    Formats.dateTime(consent.givenAt(), getLocale())));
            state.setId("hc-consent-state");
            Button stop = new Button(getTranslation("hc.consent.stop"), e -> {
                consents.stopSharing(checkId);
                showSharing();
            });
            stop.setId("hc-consent-stop");
            sharing.add(state, new Paragraph(getTranslation("hc.consent.stop.text")), stop);
        } else {
            Paragraph text = new Paragraph(getTranslation("hc.consent.text"));
            text.setId("hc-consent-text");
            Checkbox agree = new Checkbox(getTranslation("hc.consent.agree"));
            agree.setId("hc-consent-agree");
            Button share = new Button(getTranslation("hc.consent.share"));
            share.setId("hc-consent-share");
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            share.addClickListener(e -> {
                if (!agree.getValue()) {
                    agree.setErrorMessage(getTranslation("hc.consent.required"));
                    agree.setInvalid(true);
                    return;
                }
                consents.shareWithTeam(checkId);
                showSharing();
            });
            Paragraph state = new Paragraph(getTranslation("hc.consent.none"));
            state.setId("hc-consent-state");
            sharing.add(state, text, agree, share);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hc.result.title") + " – " + getTranslation("app.name");
    }
}
