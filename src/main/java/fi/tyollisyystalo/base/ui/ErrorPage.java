package fi.tyollisyystalo.base.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

/** The common look of every error page: a clear heading, what to do next, and a way home. */
class ErrorPage extends Div implements HasDynamicTitle {

    private String title = "";

    ErrorPage() {
        addClassNames("tt-page", "tt-error-page");
    }

    void show(String titleKey, String bodyKey, @Nullable String reference) {
        removeAll();
        H1 heading = new H1(getTranslation(titleKey));
        add(heading, new Paragraph(getTranslation(bodyKey)));
        if (reference != null) {
            Paragraph ref = new Paragraph(new Text(getTranslation("error.reference") + " "), new Span(reference));
            ref.addClassName("tt-error-reference");
            add(ref);
        }
        add(new Paragraph(new Anchor("/", getTranslation("error.home"))));
        this.title = heading.getText() + " – " + getTranslation("app.name");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
