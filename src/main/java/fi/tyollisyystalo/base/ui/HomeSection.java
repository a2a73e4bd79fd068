package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section a feature adds to the front page below the rooms (the service map's domains of
 * functioning), so that the front page in base never needs to know the features. Implementations are
 * singleton beans that build a fresh component for each page view.
 */
public interface HomeSection {

    /** Position below the rooms, smaller first. */
    int order();

    Component build();
}
