package fi.tyollisyystalo.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.casework.ItemKind;
import fi.tyollisyystalo.casework.PlanItem;

/**
 * The shared plan as a list the client and the team read alike: each goal with its actions under it, then the
 * actions without a goal; each item with who is responsible, by when, where it stands, who changed it last,
 * and its comments. {@code controls} adds the page's own buttons to an item (or nothing).
 */
final class PlanList {

    private PlanList() {
    }

    static Div of(List<PlanItem> plan, Locale locale, BiFunction<String, Object[], String> t,
            Function<PlanItem, @Nullable Component> controls) {
        Div all = new Div();
        all.addClassName("tt-plan");
        List<PlanItem> loose = new ArrayList<>();
        for (PlanItem goal : plan.stream().filter(i -> i.kind() == ItemKind.GOAL).toList()) {
            Div g = new Div();
            g.addClassName("tt-plan__goal");
            g.getElement().setAttribute("data-item", String.valueOf(goal.id()));
            g.add(new H3(t.apply("case.kind.GOAL", new Object[0]) + ": " + goal.title()));
            g.add(body(goal, locale, t, controls));
            UnorderedList actions = new UnorderedList();
            plan.stream().filter(i -> i.kind().isAction() && Long.valueOf(goal.id()).equals(i.goalId()))
                    .forEach(a -> actions.add(action(a, locale, t, controls)));
            if (actions.getComponentCount() > 0) {
                g.add(actions);
            }
            all.add(g);
        }
        plan.stream().filter(i -> i.kind().isAction() && (i.goalId() == null || plan.stream()
                .noneMatch(g -> g.id() == i.goalId()))).forEach(loose::add);
        if (!loose.isEmpty()) {
            Div other = new Div(new H3(t.apply("case.plan.other-actions", new Object[0])));
            other.addClassName("tt-plan__goal");
            UnorderedList actions = new UnorderedList();
            loose.forEach(a -> actions.add(action(a, locale, t, controls)));
            other.add(actions);
            all.add(other);
        }
        return all;
    }

    /** An assessment's result and decision as label and text pairs (nothing for other items or when empty). */
    static List<String[]> assessment(PlanItem i, BiFunction<String, Object[], String> t) {
        if (i.kind() != ItemKind.ASSESSMENT) {
            return List.of();
        }
        List<String[]> parts = new ArrayList<>();
        if (i.result() != null) {
            parts.add(new String[] {t.apply("case.item.result", new Object[0]), i.result()});
        }
        if (i.decision() != null) {
            parts.add(new String[] {t.apply("case.item.decision", new Object[0]), i.decision()});
        }
        return parts;
    }

    private static ListItem action(PlanItem a, Locale locale, BiFunction<String, Object[], String> t,
            Function<PlanItem, @Nullable Component> controls) {
        ListItem li = new ListItem();
        li.addClassName("tt-plan__action");
        li.getElement().setAttribute("data-item", String.valueOf(a.id()));
        Paragraph name = new Paragraph(a.kind() == ItemKind.ASSESSMENT
                ? t.apply("case.kind.ASSESSMENT", new Object[0]) + ": " + a.title() : a.title());
        name.addClassName("tt-plan__title");
        li.add(name, body(a, locale, t, controls));
        return li;
    }

    private static Div body(PlanItem i, Locale locale, BiFunction<String, Object[], String> t,
            Function<PlanItem, @Nullable Component> controls) {
        Div d = new Div();
        if (!i.detail().isBlank()) {
            Paragraph detail = new Paragraph(i.detail());
            detail.getElement().setAttribute("dir", "auto");
            d.add(detail);
        }
        for (String[] part : assessment(i, t)) {
            Paragraph p = new Paragraph(new Span(part[0] + ": "), new Span(part[1]));
            p.getElement().setAttribute("dir", "auto");
            p.addClassName("tt-plan__assessment");
            d.add(p);
        }
        Span state = new Span(t.apply("case.itemstatus." + i.status().name(), new Object[0]));
        state.addClassNames("tt-badge", "tt-plan__status");
        Paragraph meta = new Paragraph(state, new Span(" " + t.apply("case.item.meta", new Object[] {
                t.apply("case.party." + i.party().name(), new Object[0]),
                i.dueOn() == null ? t.apply("case.item.no-due", new Object[0]) : Formats.date(i.dueOn(), locale),
                i.agreed() ? t.apply("case.item.is-agreed", new Object[0]) : t.apply("case.item.not-agreed", new Object[0]),
                i.updatedBy(), Formats.dateTime(i.updatedAt(), locale)})));
        meta.addClassName("tt-plan__meta");
        d.add(meta);
        if (!i.comments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            comments.addClassName("tt-plan__comments");
            for (PlanItem.Comment c : i.comments()) {
                Paragraph text = new Paragraph(c.body());
                text.getElement().setAttribute("dir", "auto");
                comments.add(new ListItem(new Paragraph(t.apply("case.comment.by", new Object[] {c.authorName(),
                        Formats.dateTime(c.writtenAt(), locale)})), text));
            }
            d.add(comments);
        }
        Component extra = controls.apply(i);
        if (extra != null) {
            d.add(extra);
        }
        return d;
    }
}
