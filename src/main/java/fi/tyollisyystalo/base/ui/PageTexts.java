package fi.tyollisyystalo.base.ui;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import fi.tyollisyystalo.base.i18n.Languages;
import fi.tyollisyystalo.base.i18n.LocalizedText;

/**
 * Puts {@link LocalizedText}s on one page in the visitor's language. A text that exists only in
 * another language is shown in that language with {@code lang} on its element (WCAG 3.1.2, so a
 * screen reader pronounces it right), and the page's {@link #notice()} says once, in the visitor's
 * language, which languages part of the text is only available in.
 */
public final class PageTexts {

    private static final String PLACE = "\u0000";

    private final Locale page;
    private final Set<String> fallbacks = new TreeSet<>();
    private final Paragraph notice = new Paragraph();

    public PageTexts(Locale locale) {
        this.page = Languages.supported(locale);
        notice.addClassName("tt-language-notice");
        notice.setId("language-notice");
        notice.setVisible(false);
    }

    /** The component with the text set, marked with the text's language when it is not the page's. */
    public <C extends HasText> C set(C component, LocalizedText text) {
        component.setText(mark(component, text));
        return component;
    }

    /** A paragraph of the text, marked as {@link #set} does. */
    public Paragraph paragraph(LocalizedText text) {
        return set(new Paragraph(), text);
    }

    /**
     * A paragraph of a translated sentence whose {@code {0}} is the text: the sentence is in the page's
     * language, the text is marked on its own ("Accessibility: <span lang=fi>…</span>").
     */
    public Paragraph sentence(String key, LocalizedText text) {
        String[] around = notice.getTranslation(page, key, PLACE).split(PLACE, -1);
        Paragraph sentence = new Paragraph(new Text(around[0]), set(new Span(), text));
        if (around.length > 1 && !around[1].isEmpty()) {
            sentence.add(new Text(around[1]));
        }
        return sentence;
    }

    /**
     * The text for a component that shows it some other way (as a link's text, say): sets or clears
     * {@code lang} on the component and returns the text in the language it is shown in.
     */
    public String mark(HasElement component, LocalizedText text) {
        LocalizedText.Picked picked = note(text);
        if (picked.isFallbackFrom(page)) {
            component.getElement().setAttribute("lang", picked.language().getLanguage());
        } else {
            component.getElement().removeAttribute("lang");
        }
        return picked.text();
    }

    /**
     * The same for markup built without components (a result card rendered as one piece of HTML): sets
     * {@code lang} on the element when the text falls back to another language, and returns the text.
     */
    public String mark(org.jsoup.nodes.Element element, LocalizedText text) {
        LocalizedText.Picked picked = note(text);
        if (picked.isFallbackFrom(page)) {
            element.attr("lang", picked.language().getLanguage());
        }
        return picked.text();
    }

    private LocalizedText.Picked note(LocalizedText text) {
        LocalizedText.Picked picked = text.pick(page);
        if (picked.isFallbackFrom(page)) {
            fallbacks.add(picked.language().getLanguage());
            showNotice();
        }
        return picked;
    }

    /**
     * One notice for the page, hidden until some text falls back to another language. Add it where a
     * visitor reads it before the texts (after the lead); it updates itself as texts are added.
     */
    public Paragraph notice() {
        return notice;
    }

    /** Forgets the texts shown so far, for a view that replaces its content (a new search). */
    public void clear() {
        fallbacks.clear();
        notice.setVisible(false);
    }

    private void showNotice() {
        String key = fallbacks.size() == 1 ? "language.fallback." + fallbacks.iterator().next() : "language.fallback.other";
        notice.setText(notice.getTranslation(page, key));
        notice.setVisible(true);
    }
}
