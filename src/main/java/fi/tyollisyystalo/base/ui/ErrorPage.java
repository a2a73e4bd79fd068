package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The common look of every error page: a clear heading, what to do next, and a way home. */
class ErrorPage extends Div {

    ErrorPage() {
        addClassNames("tt-page", "tt-error-page");
    }

    void show(String titleKey, String bodyKey, String reference) {
        removeAll();
        H1 title = new H1(getTranslation(titleKey));
        add(title, new Paragraph(getTranslation(bodyKey)));
        if (reference != null) {
            Paragraph ref = new Paragraph(new Text(getTranslation("error.reference") + " "), new Span(reference));
            ref.addClassName("tt-error-reference");
            add(ref);
        }
        add(new Paragraph(new Anchor("/", getTranslation("error.home"))));
        getUI().ifPresent(ui -> ui.getPage().setTitle(title.getText() + " – " + getTranslation("app.name")));
    }
}
