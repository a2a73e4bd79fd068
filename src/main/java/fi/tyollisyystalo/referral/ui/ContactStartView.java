package fi.tyollisyystalo.referral.ui;

import java.util.List;

import org.springframework.core.env.Environment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.base.ui.ResidentLayout;
import fi.tyollisyystalo.base.ui.SitePages;
import fi.tyollisyystalo.base.ui.UrgentHelp;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.referral.ContactDraft;
import fi.tyollisyystalo.referral.ContactForms;
import fi.tyollisyystalo.referral.ReferralPages;

/**
 * The way to the work-ability coordinator without a referral: what happens, by when we answer, who the
 * service is meant for (kind hints, never a gate), urgent help, and the button to the form. The guidance
 * can be read in plain language (selkokieli / lättläst).
 */
@Route(value = ReferralPages.CONTACT_FORM, layout = ResidentLayout.class)
@AnonymousAllowed
class ContactStartView extends Div implements HasDynamicTitle {

    private static final List<String> GUIDANCE = List.of("lead", "what1", "what2", "what3", "for");

    private final Div guidance = new Div();
    private final Environment environment;
    private final int targetDays;
    private boolean easy;

    ContactStartView(ContactForms forms, CurrentUser currentUser, Environment environment) {
        this.environment = environment;
        this.targetDays = forms.answerTargetWorkingDays();
        addClassNames("tt-page", "tt-contact-start");
        add(new H1(getTranslation("contactform.start.title")));
        Button plain = new Button(getTranslation("contactform.start.easy.on"));
        plain.setId("cf-easy");
        plain.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        plain.getElement().setAttribute("aria-pressed", "false");
        plain.addClickListener(e -> {
            easy = !easy;
            plain.setText(getTranslation(easy ? "contactform.start.easy.off" : "contactform.start.easy.on"));
            plain.getElement().setAttribute("aria-pressed", String.valueOf(easy));
            fillGuidance();
        });
        guidance.setId("cf-guidance");
        fillGuidance();
        add(plain, guidance);

        ContactDraft draft = currentUser.isResident() ? forms.myDraft().orElse(null) : null;
        if (currentUser.isStaff()) {
            add(new Paragraph(getTranslation("contactform.start.staff")));
        } else {
            if (draft != null) {
                add(new Paragraph(getTranslation("contactform.start.draft", Formats.dateTime(draft.savedAt(), getLocale()))));
            } else if (!currentUser.isResident()) {
                add(new Paragraph(getTranslation("contactform.start.login")));
            }
            Anchor start = new Anchor(Pages.href(ContactContinueView.class),
                    getTranslation(draft == null ? "contactform.start.button" : "contactform.start.continue"));
            start.setId("cf-start");
            start.addClassNames("tt-button", "tt-button--primary", "tt-button--start");
            add(new Paragraph(start));
        }
        add(new Section(new H2(getTranslation("contactform.start.data.heading")),
                new UnorderedList(new ListItem(getTranslation("contactform.start.data.team")),
                        new ListItem(getTranslation("contactform.start.data.saved")),
                        new ListItem(getTranslation("contactform.start.data.log"))),
                new Paragraph(new Anchor("/" + SitePages.PRIVACY, getTranslation("hc.start.data.privacy")))));
        add(UrgentHelp.callout("cf-urgent", "contactform.urgent.heading", "contactform.urgent.text"));
    }

    private void fillGuidance() {
        guidance.removeAll();
        String suffix = easy ? ".easy" : "";
        Paragraph lead = new Paragraph(getTranslation("contactform.start.lead" + suffix));
        lead.addClassName("tt-lead");
        guidance.add(lead);
        UnorderedList what = new UnorderedList();
        for (String k : GUIDANCE.subList(1, 4)) {
            what.add(new ListItem(getTranslation("contactform.start." + k + suffix)));
        }
        guidance.add(new Section(new H2(getTranslation("contactform.start.what.heading")), what,
                new Paragraph(getTranslation("contactform.start.target" + suffix, targetDays))));
        Section hints = new Section(new H2(getTranslation("contactform.start.for.heading")),
                new Paragraph(eligibilityText(suffix)));
        hints.setId("cf-eligibility");
        guidance.add(hints);
    }

    /** The county's own words when configured ({@code tyollisyystalo.referral.eligibility.<lang>}), else ours. */
    private String eligibilityText(String suffix) {
        String own = environment.getProperty("tyollisyystalo.referral.eligibility." + getLocale().getLanguage()
                + (suffix.isEmpty() ? "" : "-easy"));
        return own != null && !own.isBlank() ? own : getTranslation("contactform.start.for" + suffix);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contactform.start.title") + " – " + getTranslation("app.name");
    }
}
