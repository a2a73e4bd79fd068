package fi.tyollisyystalo.healthcheck.ui;

import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.base.ui.SitePages;
import fi.tyollisyystalo.servicemap.ServiceMapPages;
import fi.tyollisyystalo.base.ui.PageTexts;
import fi.tyollisyystalo.healthcheck.DomainScore;
import fi.tyollisyystalo.healthcheck.Flag;
import fi.tyollisyystalo.healthcheck.HealthCheckResult;
import fi.tyollisyystalo.healthcheck.InstrumentScore;
import fi.tyollisyystalo.healthcheck.LifeSituationItem;
import fi.tyollisyystalo.questionnaire.Question;
import fi.tyollisyystalo.healthcheck.Recommendation;
import fi.tyollisyystalo.healthcheck.SubmittedCheck;

/**
 * A result as people read it: the domains as a simple bar chart with the numbers written out, what
 * needs attention with a plain-language explanation (selkokieli on request), the instrument scores,
 * recommended services, and — for the team — the answers themselves.
 */
class ResultPanel extends Div {

    ResultPanel(SubmittedCheck check, List<Recommendation> recommendations, boolean forStaff) {
        addClassName("tt-hc-result");
        HealthCheckResult r = check.result();
        if (r.offerCoordinator() && !forStaff) {
            Section offer = new Section(new H2(getTranslation("hc.result.offer.heading")),
                    new Paragraph(getTranslation("hc.result.offer.text")),
                    new Paragraph(new Anchor("/" + SitePages.COORDINATOR_CONTACT, getTranslation("hc.result.offer.link"))));
            offer.addClassNames("tt-callout", "tt-hc-offer");
            offer.setId("hc-offer");
            add(offer);
        } else if (r.offerCoordinator()) {
            Paragraph note = new Paragraph(getTranslation("hc.result.offer.staff"));
            note.addClassName("tt-callout");
            add(note);
        }
        add(domains(r), flags(r), instruments(r));
        if (!r.lifeSituation().isEmpty()) {
            add(lifeSituation(r));
        }
        if (!recommendations.isEmpty()) {
            add(recommendations(recommendations, r));
        }
        if (forStaff) {
            add(answers(check));
        }
    }

    private Section domains(HealthCheckResult r) {
        Section s = new Section(new H2(getTranslation("hc.result.domains.heading")),
                new Paragraph(getTranslation("hc.result.domains.lead")));
        s.setId("hc-domains");
        UnorderedList chart = new UnorderedList();
        chart.addClassName("tt-hc-chart");
        if (r.workAbility() != null) {
            boolean low = r.workAbility() < 7;
            chart.add(bar(getTranslation("hc.result.was"), r.workAbility(), low, "was",
                    low ? List.of(Reasons.workAbility(r.workAbility(), this::tr)) : List.of()));
        }
        for (DomainScore d : r.domains()) {
            chart.add(bar(getTranslation("domain." + d.domain().name()), d.score(), d.weak(),
                    d.domain().name().toLowerCase(),
                    d.weak() ? Reasons.domain(d, r, getLocale(), this::tr) : List.of()));
        }
        s.add(chart);
        Paragraph note = new Paragraph(new Text(getTranslation("hc.result.domains.note") + " "),
                new Anchor("https://www.ttl.fi/oppimateriaalit/tyokalut/kykyviisari",
                        getTranslation("home.domains.kykyviisari.link")));
        note.addClassName("tt-hc-note");
        s.add(note);
        return s;
    }

    private String tr(String key, Object[] args) {
        return getTranslation(key, args);
    }

    private ListItem bar(String label, int score, boolean weak, String key, List<String> reasons) {
        ListItem item = new ListItem();
        item.addClassNames("tt-hc-chart__row", "tt-hc-chart__row--" + key);
        Span name = new Span(label);
        name.addClassName("tt-hc-chart__label");
        Div track = new Div();
        track.addClassName("tt-hc-chart__track");
        Div fill = new Div();
        fill.addClassName("tt-hc-chart__fill");
        if (weak) {
            fill.addClassName("tt-hc-chart__fill--weak");
        }
        fill.getStyle().set("width", (score * 10) + "%");
        track.add(fill);
        track.getElement().setAttribute("aria-hidden", "true");
        Span value = new Span(getTranslation("hc.answer.scale", score, 10)
                + (weak ? " – " + getTranslation("hc.result.weak") : ""));
        value.addClassName("tt-hc-chart__value");
        item.add(name, track, value);
        if (!reasons.isEmpty()) {
            Paragraph why = new Paragraph(getTranslation("hc.result.why", String.join(" ", reasons)));
            why.addClassNames("tt-hc-why", "tt-hc-chart__why");
            item.add(why);
        }
        return item;
    }

    private Section flags(HealthCheckResult r) {
        Section s = new Section(new H2(getTranslation("hc.result.flags.heading")));
        s.setId("hc-flags");
        if (r.flags().isEmpty()) {
            s.add(new Paragraph(getTranslation("hc.result.flags.none")));
            return s;
        }
        Checkbox easy = new Checkbox(getTranslation("hc.result.easy"));
        easy.setId("hc-easy");
        s.add(easy);
        UnorderedList list = new UnorderedList();
        list.addClassName("tt-hc-flags");
        for (Flag f : r.flags()) {
            ListItem item = new ListItem();
            item.addClassNames("tt-hc-flag", "tt-hc-flag--" + f.severity().name().toLowerCase());
            Span badge = new Span(getTranslation("hc.severity." + f.severity().name()));
            badge.addClassName("tt-badge");
            H3 title = new H3(getTranslation("hc.flag." + f.code() + ".title"));
            Paragraph plain = new Paragraph(getTranslation("hc.flag." + f.code() + ".explain"));
            Paragraph selko = new Paragraph(getTranslation("hc.flag." + f.code() + ".selko"));
            selko.setVisible(false);
            plain.addClassName("tt-hc-explain");
            selko.addClassNames("tt-hc-explain", "tt-hc-explain--easy");
            easy.addValueChangeListener(e -> {
                plain.setVisible(!e.getValue());
                selko.setVisible(e.getValue());
            });
            Paragraph because = new Paragraph(getTranslation("hc.result.because", Reasons.flag(f, r, getLocale(),
                    this::tr)));
            because.addClassName("tt-hc-why");
            item.add(badge, title, because, plain, selko);
            list.add(item);
        }
        s.add(list);
        if (crisis(r)) {
            Paragraph crisis = new Paragraph(getTranslation("hc.result.crisis"));
            crisis.addClassName("tt-callout");
            crisis.setId("hc-crisis");
            s.add(crisis);
        }
        return s;
    }

    /** The crisis advice goes with a low-mood screen, on the page and in the PDF alike. */
    static boolean crisis(HealthCheckResult r) {
        return r.flags().stream().anyMatch(f -> f.code().equals("PHQ2_POSITIVE"));
    }

    private Section instruments(HealthCheckResult r) {
        Section s = new Section(new H2(getTranslation("hc.result.instruments.heading")));
        s.setId("hc-instruments");
        NativeTable table = new NativeTable();
        table.addClassNames("tt-table", "tt-table--stack");
        NativeTableRow head = new NativeTableRow();
        for (String col : new String[] {"instrument", "score", "meaning"}) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(getTranslation("hc.result.col." + col));
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (InstrumentScore i : r.instruments()) {
            String value = Answers.score(i, getLocale(), (k, a) -> getTranslation(k, a));
            body.add(new NativeTableRow(cell("instrument", getTranslation("hc.instrument." + i.instrument())),
                    cell("score", value), cell("meaning", getTranslation("hc.band." + i.instrument() + "." + i.band(),
                            i.limit() == null ? "" : i.limit().toPlainString()))));
        }
        table.add(body);
        s.add(table);
        return s;
    }

    /** A cell that names its column, for the stacked layout of narrow screens. */
    private NativeTableCell cell(String col, String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.getElement().setAttribute("data-label", getTranslation("hc.result.col." + col));
        return cell;
    }

    private Section lifeSituation(HealthCheckResult r) {
        Section s = new Section(new H2(getTranslation("hc.result.life.heading")));
        DescriptionList list = new DescriptionList();
        list.addClassName("tt-facts");
        for (LifeSituationItem i : r.lifeSituation()) {
            list.add(new DescriptionList.Term(getTranslation("hc.life." + i.item())),
                    new DescriptionList.Description(getTranslation("hc.answer.scale", i.score(), 10) + " – "
                            + getTranslation("hc.life.band." + i.band())));
        }
        s.add(list);
        return s;
    }

    private Section recommendations(List<Recommendation> recommendations, HealthCheckResult r) {
        Section s = new Section(new H2(getTranslation("hc.result.services.heading")),
                new Paragraph(getTranslation("hc.result.services.lead")));
        s.setId("hc-services");
        PageTexts texts = new PageTexts(getLocale());
        s.add(texts.notice());
        UnorderedList list = new UnorderedList();
        list.addClassName("tt-results");
        for (Recommendation rec : recommendations) {
            ListItem card = new ListItem();
            card.addClassName("tt-service-card");
            H3 name = new H3(texts.set(new Anchor("/" + ServiceMapPages.service(rec.service().id()), ""), rec.service().name()));
            Paragraph why = new Paragraph(Reasons.recommendation(rec, r, getLocale(), this::tr));
            why.addClassName("tt-hc-why");
            card.add(name, texts.paragraph(rec.service().summary()), texts.paragraph(rec.service().organisationName()));
            var ways = Ways.of(rec.ways(), getLocale());
            if (!ways.isEmpty()) {
                UnorderedList reach = new UnorderedList();
                reach.addClassName("tt-hc-ways");
                for (Ways.Line line : ways) {
                    ListItem way = new ListItem(new Text(getTranslation(line.kindKey()) + ": "));
                    way.add(line.href() == null ? new Text(line.text()) : new Anchor(line.href(), line.text()));
                    reach.add(way);
                }
                card.add(reach);
            }
            card.add(why);
            list.add(card);
        }
        s.add(list, new Paragraph(new Anchor("/" + ServiceMapPages.SERVICES, getTranslation("hc.result.services.more"))));
        return s;
    }

    private Details answers(SubmittedCheck check) {
        Div content = new Div();
        for (var section : check.sections()) {
            content.add(new H3(section.title().in(getLocale())));
            DescriptionList list = new DescriptionList();
            list.addClassName("tt-facts");
            for (Question q : section.asked(check.answers())) {
                list.add(new DescriptionList.Term(q.text().in(getLocale())),
                        new DescriptionList.Description(fi.tyollisyystalo.questionnaire.AnswerText.display(q, check.answers().get(q.id()), getLocale(),
                                (k, a) -> getTranslation(k, a))));
            }
            content.add(list);
        }
        Details details = new Details(getTranslation("hc.result.answers"), content);
        details.setId("hc-answers");
        return details;
    }
}
