package fi.tyollisyystalo.referral.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.referral.ProfessionalRequestItem;
import fi.tyollisyystalo.referral.ProfessionalRequestKind;
import fi.tyollisyystalo.referral.ProfessionalRequestProblem;
import fi.tyollisyystalo.referral.ProfessionalRequests;
import fi.tyollisyystalo.referral.ReferralPages;
import fi.tyollisyystalo.referral.SourceOrganisation;

/**
 * The team's view of what professionals sent: referrals (and whether the resident then made contact themself),
 * consultations with their answer targets and an answer box, each with the kind of organisation it came from,
 * and the count by kind of organisation.
 */
@Route(value = ReferralPages.PROFESSIONAL_REQUESTS, layout = StaffLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.NURSE, Roles.DOCTOR, Roles.SOCIAL_COUNSELLOR})
class ProfessionalRequestsView extends Div implements HasDynamicTitle {

    private final ProfessionalRequests service;

    ProfessionalRequestsView(ProfessionalRequests service) {
        this.service = service;
        addClassNames("tt-page", "tt-professional-requests");
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("professional.list.title")));
        UnorderedList counts = new UnorderedList();
        counts.setId("professional-counts");
        for (Map.Entry<SourceOrganisation, Map<ProfessionalRequestKind, Long>> e
                : service.countsByOrganisation().entrySet()) {
            counts.add(new ListItem(getTranslation("professional.list.count",
                    getTranslation("professional.source." + e.getKey().name()),
                    e.getValue().getOrDefault(ProfessionalRequestKind.REFERRAL, 0L),
                    e.getValue().getOrDefault(ProfessionalRequestKind.CONSULTATION, 0L))));
        }
        add(new Section(new H2(getTranslation("professional.list.byorg")), counts));
        add(section(ProfessionalRequestKind.REFERRAL), section(ProfessionalRequestKind.CONSULTATION));
    }

    private Section section(ProfessionalRequestKind kind) {
        Section s = new Section(new H2(getTranslation("professional.list." + kind.name())));
        s.setId("professional-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        List<ProfessionalRequestItem> items = service.list(kind);
        if (items.isEmpty()) {
            s.add(new Paragraph(getTranslation("professional.list.empty")));
        }
        for (ProfessionalRequestItem i : items) {
            Article a = new Article();
            a.addClassName("tt-card");
            a.add(new H3(i.organisation() + " – " + i.createdByName()));
            String meta = getTranslation("professional.source." + i.source().name()) + " · "
                    + Formats.dateTime(i.createdAt(), getLocale()) + " · " + getTranslation("professional.list.due",
                    Formats.dateTime(i.dueAt(), getLocale()));
            Paragraph p = new Paragraph(meta);
            if (i.overdue()) {
                Span late = new Span(getTranslation("contactrequests.overdue"));
                late.addClassNames("tt-badge", "tt-badge--closed");
                p.add(new Span(" "), late);
            }
            a.add(p);
            Paragraph body = new Paragraph(i.body());
            body.addClassName("tt-contact-request__note");
            a.add(body);
            if (kind == ProfessionalRequestKind.REFERRAL) {
                Span made = new Span(getTranslation(i.contactMade() ? "professional.list.contact.yes"
                        : "professional.list.contact.no"));
                made.addClassNames("tt-badge", i.contactMade() ? "tt-badge--open" : "tt-badge--closed");
                a.add(new Paragraph(made));
            } else {
                a.add(new Paragraph(getTranslation(i.identified() ? "professional.list.identified"
                        : "professional.list.anonymous") + (i.byPhone() ? " · " + getTranslation("professional.byphone")
                        : "")));
            }
            if (i.answer() != null) {
                Paragraph answer = new Paragraph(getTranslation("professional.list.answer", i.answeredByName(),
                        i.answer()));
                answer.addClassName("tt-contact-request__note");
                a.add(answer);
            } else {
                TextArea answer = new TextArea(getTranslation("professional.list.answer.label"));
                answer.setWidthFull();
                answer.setId("answer-" + i.id());
                Button send = new Button(getTranslation("professional.list.answer.send"), e -> {
                    try {
                        service.answer(i.id(), answer.getValue());
                        build();
                    } catch (ProfessionalRequestProblem problem) {
                        answer.setErrorMessage(getTranslation(problem.messageKey(), problem.args().toArray()));
                        answer.setInvalid(true);
                    }
                });
                send.setId("answer-send-" + i.id());
                a.add(answer, send);
            }
            s.add(a);
        }
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("professional.list.title") + " – " + getTranslation("app.name");
    }
}
