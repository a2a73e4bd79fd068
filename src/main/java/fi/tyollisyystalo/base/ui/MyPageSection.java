package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section a feature adds to the resident's My page (health checks, contacts, appointments…), so
 * that the page in identity never needs to know the features. Implementations are singleton beans
 * that build a fresh component for each page view, in the signed-in resident's context.
 */
public interface MyPageSection {

    /** Position on the page, smaller first. */
    int order();

    /** The section's key; a placeholder {@code mypage.KEY.heading} is no longer shown once a feature provides it. */
    String key();

    Component build();
}
