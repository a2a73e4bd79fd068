package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;

/**
 * "Skip to content": visible on focus, moves focus to the main landmark. The move is done in the
 * browser because a plain #fragment link would be resolved against Vaadin's base href.
 */
final class SkipLink {

    private SkipLink() {
    }

    static Anchor to(Main main) {
        Anchor skip = new Anchor("#main-content", "");
        skip.addClassName("tt-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.addAttachListener(e -> {
            skip.setText(skip.getTranslation("layout.skip"));
            skip.getElement().executeJs("this.addEventListener('click', ev => { ev.preventDefault(); "
                    + "const m = document.getElementById('main-content'); if (m) { m.focus(); m.scrollIntoView(); } });");
        });
        return skip;
    }
}
