package fi.tyollisyystalo.messaging.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;

import fi.tyollisyystalo.base.ui.RouteIds;
import fi.tyollisyystalo.messaging.MessageNotFoundException;

/**
 * A page of one thread, for either side: the id from the address, and the translated 404 for a thread
 * that is missing or not the visitor's (the service does not tell the two apart).
 */
abstract class ThreadPage extends Div implements BeforeEnterObserver {

    /** The thread in the address. */
    protected long threadId;

    ThreadPage() {
        addClassNames("tt-page", "tt-thread-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        threadId = RouteIds.required(event, "threadId");
        try {
            show();
        } catch (MessageNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Opens the thread (marking it read on this side) and shows it; again after each sent reply. */
    abstract void show();
}
