package fi.tyollisyystalo.identity.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.identity.IdentityPages;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.FactList;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.identity.ClientSummary;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.identity.PersonService;

/**
 * A client-work professional finds a client by personal identity code. A purpose must be chosen
 * first; the look is written to the audit log and the client sees it on My page.
 */
@Route(value = IdentityPages.CLIENT_SEARCH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class ClientSearchView extends Div implements HasDynamicTitle {

    private final PersonService persons;
    private final TextField hetu = new TextField();
    private final Select<Purpose> purpose = new Select<>();
    private final Div result = new Div();

    ClientSearchView(PersonService persons) {
        this.persons = persons;
        addClassName("tt-page");
        hetu.setId("client-hetu");
        hetu.setLabel(getTranslation("clients.hetu"));
        hetu.setHelperText(getTranslation("clients.hetu.help"));
        hetu.setMaxLength(11);
        hetu.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        purpose.setId("client-purpose");
        purpose.setLabel(getTranslation("clients.purpose"));
        purpose.setItems(Purpose.clientWork());
        purpose.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        purpose.setPlaceholder(getTranslation("clients.purpose.choose"));
        Button search = new Button(getTranslation("clients.search"), e -> search());
        search.setId("client-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        Div form = new Div(hetu, purpose, search);
        form.addClassName("tt-form");
        add(new H1(getTranslation("clients.title")), new Paragraph(getTranslation("clients.lead")), form, result);
    }

    private void search() {
        hetu.setInvalid(false);
        purpose.setInvalid(false);
        result.removeAll();
        boolean ok = true;
        if (purpose.getValue() == null) {
            purpose.setErrorMessage(getTranslation("clients.purpose.required"));
            purpose.setInvalid(true);
            ok = false;
        }
        if (!Hetu.isValid(hetu.getValue())) {
            hetu.setErrorMessage(getTranslation("clients.hetu.invalid"));
            hetu.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        Optional<ClientSummary> found = persons.findClientByHetu(hetu.getValue(), purpose.getValue());
        result.add(found.<com.vaadin.flow.component.Component>map(this::card).orElseGet(() -> new Paragraph(getTranslation("clients.notfound"))));
    }

    private Section card(ClientSummary c) {
        Section card = new Section(new H2(c.givenName() + " " + c.familyName()));
        card.setId("client-card");
        card.addClassName("tt-client-card");
        card.add(new FactList()
                .add(getTranslation("mypage.profile.hetu"), c.maskedHetu())
                .add(getTranslation("mypage.profile.age"), String.valueOf(c.age()))
                .add(getTranslation("mypage.profile.language"), getTranslation("layout.language." + c.preferredLanguage()))
                .add(getTranslation("clients.card.email"), c.email() == null ? "–" : c.email())
                .add(getTranslation("clients.card.phone"), c.phone() == null ? "–" : c.phone()),
                new Paragraph(getTranslation("clients.card.logged")));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title") + " – " + getTranslation("app.name");
    }
}
