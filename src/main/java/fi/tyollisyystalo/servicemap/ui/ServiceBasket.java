package fi.tyollisyystalo.servicemap.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;

/**
 * The services a professional collects for one client during their session, to print or hand over
 * as a PDF. Only ids are kept (small session state); nothing about the client is stored.
 */
@Component
@VaadinSessionScope
class ServiceBasket implements Serializable {

    static final int MAX = 30;

    private final List<Long> ids = new ArrayList<>();

    synchronized boolean add(long id) {
        if (ids.contains(id) || ids.size() >= MAX) {
            return false;
        }
        ids.add(id);
        return true;
    }

    synchronized void remove(long id) {
        ids.remove(id);
    }

    synchronized boolean contains(long id) {
        return ids.contains(id);
    }

    synchronized List<Long> ids() {
        return List.copyOf(ids);
    }

    synchronized void clear() {
        ids.clear();
    }
}
