package fi.tyollisyystalo.healthcheck.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.UI;

import fi.tyollisyystalo.base.ui.Pages;
import fi.tyollisyystalo.healthcheck.HealthCheckPages;
import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.ui.MyPageSection;
import fi.tyollisyystalo.healthcheck.CheckSummary;
import fi.tyollisyystalo.healthcheck.ResidentHealthChecks;
import fi.tyollisyystalo.healthcheck.HealthCheckStatus;

/** My page's health check section: the unfinished check to continue, earlier ones with the change since the previous, sharing. */
@org.springframework.stereotype.Component
class HealthChecksOnMyPage implements MyPageSection {

    private final ResidentHealthChecks service;

    HealthChecksOnMyPage(ResidentHealthChecks service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String key() {
        return "healthchecks";
    }

    @Override
    public Component build() {
        var locale = UI.getCurrent().getLocale();
        Section s = new Section(new H2(t("mypage.healthchecks.heading")));
        s.setId("mypage-healthchecks");
        s.addClassName("tt-mypage__section");
        List<CheckSummary> checks = service.myChecks();
        if (checks.isEmpty()) {
            s.add(new Paragraph(t("hc.mypage.empty")));
            s.add(new Paragraph(new Anchor(Pages.href(HealthCheckStartView.class), t("hc.mypage.start"))));
            return s;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("tt-hc-history");
        for (CheckSummary c : checks) {
            ListItem item = new ListItem();
            if (c.status() == HealthCheckStatus.DRAFT) {
                item.add(new Span(t("hc.mypage.draft", Formats.dateTime(c.updatedAt(), locale)) + " "),
                        new Anchor(Pages.href(HealthCheckContinueView.class), t("hc.mypage.continue")));
            } else {
                StringBuilder text = new StringBuilder(Formats.dateTime(c.submittedAt(), locale));
                if (c.workAbility() != null) {
                    text.append(" · ").append(t("hc.mypage.was", c.workAbility()));
                    if (c.workAbilityChange() != null) {
                        text.append(" (").append(change(c.workAbilityChange())).append(")");
                    }
                }
                text.append(" · ").append(t("hc.mypage.weak", c.weakDomains()));
                if (c.weakDomainChange() != null) {
                    text.append(" (").append(change(c.weakDomainChange())).append(")");
                }
                if (c.shared()) {
                    text.append(" · ").append(t("hc.mypage.shared"));
                }
                item.add(new Span(text + " "), new Anchor("/" + HealthCheckPages.result(c.id()), t("hc.mypage.open")));
            }
            list.add(item);
        }
        s.add(list);
        if (checks.stream().noneMatch(c -> c.status() == HealthCheckStatus.DRAFT)) {
            s.add(new Paragraph(new Anchor(Pages.href(HealthCheckStartView.class), t("hc.mypage.again"))));
        }
        s.add(new Paragraph(t("hc.mypage.notshared")));
        return s;
    }

    private String change(int delta) {
        return delta == 0 ? t("hc.mypage.change.none") : t("hc.mypage.change", (delta > 0 ? "+" : "−") + Math.abs(delta));
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
