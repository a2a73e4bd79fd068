package fi.tyollisyystalo.casework.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.casework.NetworkMember;

/**
 * The resident's network on their plan page: each organisation the team has recorded, with its contact person,
 * and a checkbox to open it (the organisation's professional may read the plan; the team may show what the
 * entry says and exchange information with it) or close it again. Nothing is open until the resident opens it.
 */
final class MyNetworkSection {

    private MyNetworkSection() {
    }

    static Section of(List<NetworkMember> members, BiFunction<String, Object[], String> t,
            BiConsumer<Long, Boolean> setConsent) {
        Section s = new Section(new H2(t.apply("myplan.network.heading", new Object[0])));
        s.setId("plan-network");
        s.add(new Paragraph(t.apply("myplan.network.lead", new Object[0])));
        UnorderedList list = new UnorderedList();
        for (NetworkMember m : members) {
            ListItem li = new ListItem();
            li.getElement().setAttribute("data-member", String.valueOf(m.id()));
            String category = t.apply("case.network.category." + m.category().name(), new Object[0]);
            Paragraph org = new Paragraph(category + ": " + m.organisation());
            org.getElement().setAttribute("dir", "auto");
            org.addClassName("tt-plan__title");
            li.add(org);
            if (m.contactName() != null && !m.contactName().isEmpty()) {
                Paragraph contact = new Paragraph(t.apply("case.network.role." + m.role().name(), new Object[0])
                        + ": " + m.contactName());
                contact.getElement().setAttribute("dir", "auto");
                li.add(contact);
            }
            Checkbox open = new Checkbox(t.apply("myplan.network.allow", new Object[] {m.organisation()}),
                    m.consented());
            open.setId("plan-network-allow-" + m.id());
            open.setHelperText(m.partnerName() == null ? t.apply("myplan.network.allow.help", new Object[0])
                    : t.apply("myplan.network.allow.help.partner", new Object[] {m.partnerName()}));
            open.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    setConsent.accept(m.id(), e.getValue());
                }
            });
            li.add(open);
            list.add(li);
        }
        s.add(list);
        return s;
    }
}
