package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.html.DescriptionList;

/** Label–value pairs (a description list), as on a card of someone's details. */
public class FactList extends DescriptionList {

    public FactList() {
        addClassName("tt-facts");
    }

    /** Adds one pair; the label is already translated. */
    public FactList add(String label, String value) {
        add(new Term(label), new Description(value));
        return this;
    }
}
