package fi.tyollisyystalo.identity.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.FactList;
import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.identity.ClientLookup;
import fi.tyollisyystalo.identity.ClientSummary;
import fi.tyollisyystalo.identity.IdentityPages;
import fi.tyollisyystalo.identity.PersonService;

/**
 * A client-work professional finds a client by personal identity code. A purpose must be chosen
 * first; the look is written to the audit log and the client sees it on My page.
 */
@Route(value = IdentityPages.CLIENT_SEARCH, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class ClientSearchView extends Div implements HasDynamicTitle {

    private final Select<Purpose> purpose = new NamedSelect<>();
    private final Div result = new Div();

    ClientSearchView(PersonService persons) {
        addClassName("tt-page");
        purpose.setId("client-purpose");
        purpose.setLabel(getTranslation("clients.purpose"));
        purpose.setItems(Purpose.clientWork());
        purpose.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        purpose.setPlaceholder(getTranslation("clients.purpose.choose"));
        // the purpose is asked first: without one nothing is looked up, and both mistakes are said at once
        ClientLookup form = new ClientLookup(persons, "client-hetu", "client-search", "clients.search",
                this::chosenPurpose, c -> {
                    result.add(card(c));
                    return null;
                }).labelled("clients.hetu", "clients.hetu.help", "clients.hetu.invalid").stacked(purpose)
                .whenStarting(result::removeAll)
                .whenNotFound(() -> result.add(new Paragraph(getTranslation("clients.notfound"))));
        form.button().addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("clients.title")), new Paragraph(getTranslation("clients.lead")), form, result);
    }

    private Optional<Purpose> chosenPurpose() {
        purpose.setInvalid(purpose.getValue() == null);
        if (purpose.getValue() == null) {
            purpose.setErrorMessage(getTranslation("clients.purpose.required"));
        }
        return Optional.ofNullable(purpose.getValue());
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
