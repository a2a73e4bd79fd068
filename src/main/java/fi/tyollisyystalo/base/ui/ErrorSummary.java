package fi.tyollisyystalo.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * GOV.UK's error summary: at the top of the page, focused when shown, one link per problem that
 * leads to the field or page where it can be fixed. Styled as an error (red border), announced as an alert.
 */
public class ErrorSummary extends Div {

    /** A problem and where to fix it: "#field-id" on this page or a path to another page. */
    public record Problem(String message, String href) {
    }

    private final UnorderedList list = new UnorderedList();

    /** @param headingKey translation key of the heading ("Please check these") */
    public ErrorSummary(String headingKey) {
        setId("error-summary");
        addClassName("tt-error-summary");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "alert");
        H2 heading = new H2(getTranslation(headingKey));
        add(heading, list);
        setVisible(false);
    }

    public void show(List<Problem> problems) {
        list.removeAll();
        for (Problem p : problems) {
            Anchor a = new Anchor(p.href(), p.message());
            if (p.href().startsWith("#")) {
                a.setRouterIgnore(true);
            }
            list.add(new ListItem(a));
        }
        setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            getElement().callJsFunction("focus");
        }
    }

    /** "Question: message", without a colon after a question mark. */
    public static String join(String question, String message) {
        String q = question.strip();
        boolean ends = q.endsWith("?") || q.endsWith(".") || q.endsWith("!");
        return q + (ends ? " " : ": ") + message;
    }

    public void hide() {
        list.removeAll();
        setVisible(false);
    }
}
