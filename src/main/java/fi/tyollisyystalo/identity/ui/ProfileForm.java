package fi.tyollisyystalo.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.ui.FactList;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.identity.MyProfile;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.ProfileUpdate;
import fi.tyollisyystalo.identity.ProfileValidationException;

/** Name and identity code (read-only, from identification), preferred language and contact details with consent. */
class ProfileForm extends Section {

    private final Select<String> language = new NamedSelect<>();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Paragraph saved = new Paragraph();
    private final Paragraph consentError = new Paragraph();
    private String savedLanguage;

    ProfileForm(PersonService persons, MyProfile profile) {
        addClassName("tt-profile");
        add(new H2(getTranslation("mypage.profile.heading")));
        FactList facts = new FactList()
                .add(getTranslation("mypage.profile.name"), profile.givenName() + " " + profile.familyName())
                .add(getTranslation("mypage.profile.hetu"), profile.hetu())
                .add(getTranslation("mypage.profile.age"), String.valueOf(profile.age()));
        add(facts, new Paragraph(getTranslation("mypage.profile.fromidentification")));

        language.setId("profile-language");
        language.setLabel(getTranslation("mypage.profile.language"));
        language.setItems(Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList());
        language.setItemLabelGenerator(l -> getTranslation("layout.language." + l));
        language.setValue(profile.preferredLanguage());
        savedLanguage = profile.preferredLanguage();

        email.setId("profile-email");
        email.setLabel(getTranslation("mypage.profile.email"));
        email.setHelperText(getTranslation("mypage.profile.email.help"));
        email.setValue(profile.email() == null ? "" : profile.email());
        email.setMaxLength(254);
        email.setWidthFull();

        phone.setId("profile-phone");
        phone.setLabel(getTranslation("mypage.profile.phone"));
        phone.setHelperText(getTranslation("mypage.profile.phone.help"));
        phone.setValue(profile.phone() == null ? "" : profile.phone());
        phone.setMaxLength(40);

        consent.setId("profile-consent");
        consent.setLabel(getTranslation("mypage.profile.consent", PersonService.NOTIFICATION_CONSENT_VERSION));
        consent.setValue(profile.notificationConsentAt() != null);

        consentError.setId("profile-consent-error");
        consentError.addClassName("tt-field-error");
        consentError.getElement().setAttribute("role", "alert");
        consentError.setVisible(false);
        consent.getElement().setAttribute("aria-describedby", "profile-consent-error");
        saved.getElement().setAttribute("role", "status");
        saved.addClassName("tt-status");

        Button save = new Button(getTranslation("mypage.profile.save"), e -> save(persons));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(language, email, phone, consent, consentError, save, saved);
        form.addClassName("tt-form");
        add(form);
    }

    private void save(PersonService persons) {
        for (HasValidation field : new HasValidation[] {email, phone, language}) {
            field.setInvalid(false);
        }
        consent.getElement().removeAttribute("invalid");
        consentError.setVisible(false);
        saved.setText("");
        try {
            persons.updateMyProfile(new ProfileUpdate(language.getValue(), email.getValue(), phone.getValue(),
                    consent.getValue()));
            saved.setText(getTranslation("mypage.profile.saved"));
            String previous = savedLanguage;
            savedLanguage = language.getValue();
            if (!savedLanguage.equals(previous) && !language.getValue().equals(getLocale().getLanguage())) {
                // a newly chosen language becomes the language of the service, as the switcher would do
                getUI().ifPresent(ui -> ui.getPage().setLocation(Pages.href(MyPageView.class) + "?lang=" + language.getValue()));
            }
        } catch (ProfileValidationException e) {
            show(e.fieldErrors());
        }
    }

    private void show(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            String message = getTranslation(key);
            switch (field) {
                case "email" -> invalid(email, message);
                case "phone" -> invalid(phone, message);
                case "language" -> invalid(language, message);
                default -> {
                    consentError.setText(message);
                    consentError.setVisible(true);
                    consent.getElement().setAttribute("invalid", true);
                }
            }
        });
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

}
