package fi.tyollisyystalo.followup;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.questionnaire.AnswerText;
import fi.tyollisyystalo.questionnaire.Question;

/**
 * The follow-ups as other features' pages show them: on the staff's case page the client's answers at each
 * evaluation and the chart of change; on the resident's plan the follow-ups waiting for an answer and the chart.
 * {@code referenceLabel} names the interim evaluation a {@link FollowUpPurpose#CASE_EVALUATION} invitation is about
 * in the page's language (e.g. "1 month evaluation"), or null when the page does not know it; other invitations,
 * and those, are named by their purpose (e.g. "Alkukysely").
 */
public final class FollowUpPanels {

    private FollowUpPanels() {
    }

    /** Staff: the client's follow-ups before the case's evaluations, answered or open, and the chart. */
    public static Component forStaff(FollowUps followUps, long personId, LongFunction<@Nullable String> referenceLabel) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        BiFunction<String, Object[], String> t = ui::getTranslation;
        Section s = new Section(new H2(ui.getTranslation("followup.staff.heading")));
        s.setId("case-follow-ups");
        List<FollowUp> list = followUps.answersOf(personId, FollowUpPurpose.CASE_EVALUATION);
        if (list.isEmpty()) {
            s.add(new Paragraph(ui.getTranslation("followup.staff.none")));
        } else {
            s.add(new Paragraph(ui.getTranslation("followup.staff.lead")));
            UnorderedList ul = new UnorderedList();
            for (FollowUp f : list) {
                Invitation i = f.invitation();
                String about = label(ui, i, referenceLabel);
                ListItem li = new ListItem();
                li.addClassName("tt-follow-up");
                if (i.answeredAt() != null) {
                    li.add(new Paragraph(ui.getTranslation("followup.item.answered", about,
                            Formats.dateTime(i.answeredAt(), locale))));
                    li.add(answers(f, locale, t));
                } else {
                    li.add(new Paragraph(ui.getTranslation("followup.item.open", about,
                            Formats.dateTime(i.invitedAt(), locale))));
                }
                ul.add(li);
            }
            s.add(ul);
        }
        s.add(new ChangeChart(followUps.seriesOf(personId)));
        return s;
    }

    /** The resident: the follow-ups waiting for their answer, each a link to answer it, and their chart. */
    public static Component forResident(FollowUps followUps, LongFunction<@Nullable String> referenceLabel) {
        UI ui = UI.getCurrent();
        Section s = new Section(new H2(ui.getTranslation("followup.mine.heading")));
        s.setId("plan-follow-ups");
        s.add(openList(ui, followUps.myOpen(), referenceLabel));
        s.add(new ChangeChart(followUps.mySeries()));
        return s;
    }

    /** The open follow-ups as links to answer them; an empty component when none waits. */
    public static Component openList(UI ui, List<Invitation> open, LongFunction<@Nullable String> referenceLabel) {
        com.vaadin.flow.component.html.Div d = new com.vaadin.flow.component.html.Div();
        d.addClassName("tt-follow-up-open");
        if (open.isEmpty()) {
            return d;
        }
        d.add(new Paragraph(ui.getTranslation("followup.mine.lead")));
        UnorderedList ul = new UnorderedList();
        for (Invitation i : open) {
            Anchor a = new Anchor("/" + FollowUpPages.form(i.id()), ui.getTranslation("followup.mine.answer",
                    label(ui, i, referenceLabel)));
            a.addClassName("tt-follow-up-link");
            ul.add(new ListItem(a));
        }
        d.add(ul);
        return d;
    }

    /**
     * A partner professional's open rounds of the stakeholder survey, each a link to answer it; an empty component
     * when none is open.
     */
    public static Component stakeholderRounds(StakeholderSurveys surveys) {
        UI ui = UI.getCurrent();
        List<StakeholderRound> open = surveys.openForMe();
        com.vaadin.flow.component.html.Div d = new com.vaadin.flow.component.html.Div();
        if (open.isEmpty()) {
            return d;
        }
        Section s = new Section(new H2(ui.getTranslation("stakeholder.open.heading")));
        s.setId("stakeholder-rounds");
        s.add(new Paragraph(ui.getTranslation("stakeholder.open.lead")));
        UnorderedList ul = new UnorderedList();
        for (StakeholderRound r : open) {
            Anchor a = new Anchor("/" + FollowUpPages.stakeholderForm(r.id()), ui.getTranslation(
                    "stakeholder.open.answer", Formats.date(r.closesOn(), ui.getLocale())));
            a.addClassName("tt-stakeholder-link");
            ul.add(new ListItem(a));
        }
        s.add(ul);
        d.add(s);
        return d;
    }

    /** A follow-up's answers as question–answer pairs, in the form's order. */
    public static DescriptionList answers(FollowUp f, Locale locale, BiFunction<String, Object[], String> t) {
        DescriptionList dl = new DescriptionList();
        dl.addClassName("tt-facts");
        f.sections().forEach(section -> {
            for (Question q : section.asked(f.answers())) {
                DescriptionList.Description value = new DescriptionList.Description(AnswerText.display(q,
                        f.answers().get(q.id()), locale, t));
                value.getElement().setAttribute("dir", "auto");
                dl.add(new DescriptionList.Term(q.text().in(locale)), value);
            }
        });
        return dl;
    }

    /** The evaluation's label for an interim follow-up, else the questionnaire's name by its purpose. */
    private static String label(UI ui, Invitation i, LongFunction<@Nullable String> referenceLabel) {
        @Nullable String about = i.purpose() == FollowUpPurpose.CASE_EVALUATION ? referenceLabel.apply(i.referenceId())
                : null;
        return about == null ? ui.getTranslation("followup.name." + i.purpose().name()) : about;
    }
}
