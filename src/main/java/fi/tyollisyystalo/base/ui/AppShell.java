package fi.tyollisyystalo.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: Lumo plus our theme CSS (frontend/themes/tyollisyystalo, served as a static file). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/tyollisyystalo/styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "images/logo.svg", "any");
        settings.addMetaTag("theme-color", "#1a3c6e");
    }
}
