package fi.tyollisyystalo.casework.ui;

import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fi.tyollisyystalo.base.ui.NamedSelect;
import fi.tyollisyystalo.casework.CaseNetwork;
import fi.tyollisyystalo.casework.ContactRole;
import fi.tyollisyystalo.casework.NetworkCategory;
import fi.tyollisyystalo.casework.NetworkDraft;
import fi.tyollisyystalo.casework.NetworkMember;
import fi.tyollisyystalo.identity.StaffMember;

/**
 * The client's network on the case page: each organisation with its category and the contact's role, and what
 * the entry says only when the client has opened that organisation (otherwise it says it waits for the client's
 * consent); a form to add one (its fields live across redraws, so a refused save loses nothing), and removal.
 */
class NetworkSection extends Composite<Section> {

    private final Select<NetworkCategory> category = new NamedSelect<>();
    private final TextField organisation = new TextField();
    private final Select<ContactRole> role = new NamedSelect<>();
    private final TextField contactName = new TextField();
    private final TextField contactInfo = new TextField();
    private final Select<StaffMember> partner = new NamedSelect<>();
    private final UnorderedList list = new UnorderedList();
    private final Div form = new Div();
    private final Consumer<Long> removeAct;

    /** {@code act} runs a change and redraws the page (saying a refusal at the top). */
    NetworkSection(CaseNetwork network, long caseId, Consumer<Runnable> act) {
        Section s = getContent();
        s.setId("case-network");
        s.add(new H2(getTranslation("case.network.heading")), new Paragraph(getTranslation("case.network.lead")));
        list.setId("case-network-list");
        s.add(list);
        category.setId("network-category");
        category.setLabel(getTranslation("case.network.category"));
        category.setItems(NetworkCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("case.network.category." + c.name()));
        category.setValue(NetworkCategory.EMPLOYMENT_SERVICES);
        organisation.setId("network-organisation");
        organisation.setLabel(getTranslation("case.network.organisation"));
        organisation.setHelperText(getTranslation("case.network.organisation.help"));
        organisation.setMaxLength(200);
        organisation.setRequiredIndicatorVisible(true);
        organisation.setManualValidation(true);
        organisation.setWidthFull();
        role.setId("network-role");
        role.setLabel(getTranslation("case.network.role"));
        role.setItems(ContactRole.values());
        role.setItemLabelGenerator(r -> getTranslation("case.network.role." + r.name()));
        role.setValue(ContactRole.RESPONSIBLE_WORKER);
        contactName.setId("network-contact-name");
        contactName.setLabel(getTranslation("case.network.contact-name"));
        contactName.setMaxLength(200);
        contactInfo.setId("network-contact-info");
        contactInfo.setLabel(getTranslation("case.network.contact-info"));
        contactInfo.setHelperText(getTranslation("case.network.contact-info.help"));
        contactInfo.setMaxLength(300);
        partner.setId("network-partner");
        partner.setLabel(getTranslation("case.network.partner"));
        partner.setHelperText(getTranslation("case.network.partner.help"));
        partner.setItems(network.partners());
        partner.setItemLabelGenerator(m -> m == null ? "" : m.displayName());
        partner.setEmptySelectionAllowed(true);
        partner.setEmptySelectionCaption(getTranslation("case.network.partner.none"));
        Button add = new Button(getTranslation("case.network.add"), e -> {
            organisation.setInvalid(organisation.getValue().isBlank());
            if (organisation.isInvalid()) {
                organisation.setErrorMessage(getTranslation("case.network.organisation.required"));
                organisation.focus();
                return;
            }
            StaffMember chosen = partner.getValue();
            act.accept(() -> {
                network.add(caseId, new NetworkDraft(category.getValue() == null ? NetworkCategory.OTHER
                        : category.getValue(), organisation.getValue(), role.getValue() == null
                                ? ContactRole.CONTACT : role.getValue(), contactName.getValue(),
                        contactInfo.getValue(), chosen == null ? null : chosen.subject()));
                organisation.clear();
                contactName.clear();
                contactInfo.clear();
                partner.clear();
            });
        });
        add.setId("network-add");
        Div buttons = new Div(add);
        buttons.addClassName("tt-actions");
        form.addClassName("tt-form");
        form.add(new H3(getTranslation("case.network.add-heading")), category, organisation, role, contactName,
                contactInfo, partner, buttons);
        s.add(form);
        this.removeAct = id -> act.accept(() -> network.remove(id));
    }

    /** Shows the network; the form only while the case is open. */
    void show(List<NetworkMember> members, boolean open) {
        list.removeAll();
        form.setVisible(open);
        if (members.isEmpty()) {
            list.add(new ListItem(getTranslation("case.network.empty")));
            return;
        }
        for (NetworkMember m : members) {
            list.add(item(m, open));
        }
    }

    private ListItem item(NetworkMember m, boolean open) {
        ListItem li = new ListItem();
        li.getElement().setAttribute("data-member", String.valueOf(m.id()));
        Span badge = new Span(getTranslation(m.consented() ? "case.network.consented" : "case.network.no-consent"));
        badge.addClassNames("tt-badge", m.consented() ? "tt-badge--open" : "tt-badge--wait");
        li.add(new Paragraph(new Span(getTranslation("case.network.category." + m.category().name()) + " · "
                + getTranslation("case.network.role." + m.role().name()) + " "), badge));
        if (m.detailsShown()) {
            Paragraph org = new Paragraph(m.organisation());
            org.addClassName("tt-network__organisation");
            org.getElement().setAttribute("dir", "auto");
            li.add(org);
            String contact = join(m.contactName(), m.contactInfo());
            if (!contact.isEmpty()) {
                Paragraph p = new Paragraph(contact);
                p.getElement().setAttribute("dir", "auto");
                li.add(p);
            }
            if (m.partnerName() != null) {
                li.add(new Paragraph(getTranslation("case.network.partner.reads", m.partnerName())));
            }
        } else {
            Paragraph hidden = new Paragraph(getTranslation("case.network.hidden"));
            hidden.addClassName("tt-muted");
            li.add(hidden);
        }
        if (open) {
            Button remove = new Button(getTranslation("case.network.remove"), e -> removeAct.accept(m.id()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("tt-network-remove");
            remove.getElement().setAttribute("aria-label", getTranslation("case.network.remove.label",
                    getTranslation("case.network.category." + m.category().name())));
            li.add(remove);
        }
        return li;
    }

    private static String join(@Nullable String a, @Nullable String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        return x.isEmpty() ? y : y.isEmpty() ? x : x + ", " + y;
    }
}
