package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;

/**
 * A {@link Select} whose open list carries the field's name. Vaadin's select moves its option list
 * ({@code vaadin-select-list-box}, role {@code listbox}) into a pop-up when opened, and that list has no name
 * of its own: a screen reader meets "list box" without knowing which field it belongs to, and axe-core
 * reports {@code aria-input-field-name} (WCAG 4.1.2) while the list is open. This select gives the list the
 * field's label (or its aria-label when it has no visible one). Every select in the portal is one of these
 * ({@code NamedSelectTest} keeps it so).
 */
public class NamedSelect<T> extends Select<T> {

    @Override
    public void setLabel(String label) {
        super.setLabel(label);
        nameList();
    }

    @Override
    public void setAriaLabel(String ariaLabel) {
        super.setAriaLabel(ariaLabel);
        nameList();
    }

    /** The option list, a child element of the select until the client renders it into the pop-up. */
    Element list() {
        return getElement().getChildren().filter(child -> "vaadin-select-list-box".equals(child.getTag()))
                .findFirst().orElseThrow(() -> new IllegalStateException("Vaadin's select has no list box"));
    }

    private void nameList() {
        String name = getAriaLabel().filter(aria -> !aria.isBlank()).orElse(getLabel());
        if (name == null || name.isBlank()) {
            list().removeAttribute("aria-label");
        } else {
            list().setAttribute("aria-label", name);
        }
    }
}
