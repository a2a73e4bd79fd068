package fi.tyollisyystalo.referral.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.referral.ProfessionalRequestProblem;
import fi.tyollisyystalo.referral.ProfessionalRequests;
import fi.tyollisyystalo.referral.ReferralPages;
import fi.tyollisyystalo.referral.SourceOrganisation;

/**
 * For professionals of partner organisations and the team: refer a resident to the work-ability team (by their
 * identity code and a purpose), or ask the team for advice without naming the client (an identity code typed
 * into the question is refused) or with their consent. Both forms ask the kind of organisation (a required
 * choice) and its name. Mistakes are said at the field; nothing typed is lost.
 */
@Route(value = ReferralPages.REFER, layout = StaffLayout.class)
@RolesAllowed({Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class ReferOrConsultView extends Div implements HasDynamicTitle {

    private final ProfessionalRequests service;

    ReferOrConsultView(ProfessionalRequests service, CurrentUser currentUser) {
        this.service = service;
        addClassNames("tt-page", "tt-refer");
        Paragraph lead = new Paragraph(getTranslation("professional.lead", service.answerTargetWorkingDays()));
        lead.addClassName("tt-lead");
        add(new H1(getTranslation("professional.title")), lead);

        TextField hetu = new TextField(getTranslation("professional.hetu"));
        hetu.setId("refer-hetu");
        hetu.setHelperText(getTranslation("professional.hetu.help"));
        Select<SourceOrganisation> source = sourceSelect("refer-source");
        TextField organisation = new TextField(getTranslation("professional.organisation"));
        organisation.setId("refer-organisation");
        TextArea purpose = new TextArea(getTranslation("professional.purpose"));
        purpose.setId("refer-purpose");
        Paragraph referDone = status("refer-status");
        Button refer = new Button(getTranslation("professional.refer.send"), e -> send(
                () -> service.refer(hetu.getValue(), source.getValue(), organisation.getValue(), purpose.getValue()),
                referDone, "professional.refer.sent", Map.of("hetu", hetu, "source", source, "organisation",
                        organisation, "purpose", purpose), hetu, purpose));
        refer.setId("refer-send");
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section referSection = new Section(new H2(getTranslation("professional.refer.heading")),
                new Paragraph(getTranslation("professional.refer.text")), form(hetu, source, organisation, purpose),
                new Div(refer), referDone);
        referSection.setId("refer-section");

        Select<SourceOrganisation> consultSource = sourceSelect("consult-source");
        TextField consultOrganisation = new TextField(getTranslation("professional.organisation"));
        consultOrganisation.setId("consult-organisation");
        TextArea question = new TextArea(getTranslation("professional.question"));
        question.setId("consult-question");
        question.setHelperText(getTranslation("professional.question.help"));
        TextField consentHetu = new TextField(getTranslation("professional.consent.hetu"));
        consentHetu.setId("consult-hetu");
        consentHetu.setHelperText(getTranslation("professional.consent.hetu.help"));
        Checkbox byPhone = new Checkbox(getTranslation("professional.byphone"));
        byPhone.setId("consult-phone");
        byPhone.setVisible(currentUser.get().map(u -> u.roles().stream()
                .anyMatch(Roles.CLIENT_WORK_ROLES::contains)).orElse(false));
        Paragraph consultDone = status("consult-status");
        Button consult = new Button(getTranslation("professional.consult.send"), e -> send(
                () -> service.consult(consultSource.getValue(), consultOrganisation.getValue(), question.getValue(),
                        consentHetu.getValue(), byPhone.getValue()), consultDone, "professional.consult.sent",
                Map.of("source", consultSource, "organisation", consultOrganisation, "question", question, "hetu",
                        consentHetu),
                question, consentHetu));
        consult.setId("consult-send");
        consult.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section consultSection = new Section(new H2(getTranslation("professional.consult.heading")),
                new Paragraph(getTranslation("professional.consult.text")),
                form(consultSource, consultOrganisation, question, consentHetu), byPhone, new Div(consult), consultDone);
        consultSection.setId("consult-section");
        add(referSection, consultSection);
    }

    /**
     * Sends one of the two forms: on success says so and empties the fields that identify this one request;
     * a problem is said at its field and everything typed stays.
     */
    private void send(Runnable action, Paragraph done, String doneKey, Map<String, HasValidation> fields,
            com.vaadin.flow.component.HasValue<?, ?>... clearAfter) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            done.setText(getTranslation(doneKey));
            for (var f : clearAfter) {
                f.clear();
            }
        } catch (ProfessionalRequestProblem p) {
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(p.messageKey(), p.args().toArray()));
                field.setInvalid(true);
            }
            done.setText("");
        }
    }

    /**
     * The required choice of the kind of organisation; it stays chosen after sending, like the name. No required
     * indicator: Vaadin puts its aria-required on the select's button, which axe refuses (aria-allowed-attr);
     * a missing choice is said at the field like the other fields' mistakes.
     */
    private Select<SourceOrganisation> sourceSelect(String id) {
        Select<SourceOrganisation> source = new NamedSelect<>();
        source.setId(id);
        source.setLabel(getTranslation("professional.source"));
        source.setPlaceholder(getTranslation("professional.source.placeholder"));
        source.setItems(SourceOrganisation.values());
        source.setItemLabelGenerator(o -> getTranslation("professional.source." + o.name()));
        return source;
    }

    private static Div form(com.vaadin.flow.component.Component... fields) {
        Div form = new Div(fields);
        form.addClassName("tt-form");
        for (var f : fields) {
            ((com.vaadin.flow.component.HasSize) f).setWidthFull();
            ((HasValidation) f).setManualValidation(true);
        }
        return form;
    }

    private static Paragraph status(String id) {
        Paragraph p = new Paragraph();
        p.setId(id);
        p.getElement().setAttribute("role", "status");
        p.addClassName("tt-status");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("professional.title") + " – " + getTranslation("app.name");
    }
}
