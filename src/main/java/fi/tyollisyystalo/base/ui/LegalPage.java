package fi.tyollisyystalo.base.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.i18n.TranslationProvider;

/**
 * A page of numbered sections from the legal bundle ({@code legal.<page>.s1.heading}, {@code .p1},
 * {@code .li1}, ...), with the organisation's name and contacts filled in.
 */
abstract class LegalPage extends Div implements HasDynamicTitle {

    /** When the statement and notice were last reviewed; change it with their text. */
    static final LocalDate REVIEWED = LocalDate.of(2026, 11, 23);

    private final String page;

    LegalPage(String page, String email, Organisation org, TranslationProvider texts) {
        this.page = page;
        addClassNames("tt-page", "tt-legal");
        Locale locale = getLocale();
        Object[] args = {org.name(locale), email, org.phone(), org.address(), Formats.date(REVIEWED, locale)};
        String prefix = "legal." + page + ".";
        add(new H1(getTranslation(prefix + "title")));
        Paragraph lead = new Paragraph(getTranslation(prefix + "lead", args));
        lead.addClassName("tt-lead");
        add(lead);
        for (int s = 1; texts.has(prefix + "s" + s + ".heading", locale); s++) {
            String sp = prefix + "s" + s + ".";
            Section section = new Section(new H2(getTranslation(sp + "heading")));
            for (int p = 1; texts.has(sp + "p" + p, locale); p++) {
                section.add(new Paragraph(getTranslation(sp + "p" + p, args)));
            }
            UnorderedList list = new UnorderedList();
            for (int i = 1; texts.has(sp + "li" + i, locale); i++) {
                list.add(new ListItem(getTranslation(sp + "li" + i, args)));
            }
            if (list.getComponentCount() > 0) {
                section.add(list);
            }
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legal." + page + ".title") + " – " + getTranslation("app.name");
    }
}
