package fi.tyollisyystalo.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ChoiceGroupTest {

    private static final List<ChoiceGroup.Choice> CHOICES = List.of(new ChoiceGroup.Choice("YES", "Kyllä – aina"),
            new ChoiceGroup.Choice("NO", "<img src=x onerror=alert(1)>\"Ei\""));

    @Test
    void the_buttons_are_markup_inside_the_group_with_the_labels_as_text() {
        ChoiceGroup group = new ChoiceGroup(CHOICES, null);
        Document buttons = Jsoup.parseBodyFragment(group.getElement().getProperty("innerHTML"));
        assertThat(buttons.select("vaadin-radio-button").eachAttr("value")).containsExactly("YES", "NO");
        assertThat(buttons.select("vaadin-radio-button").eachAttr("label")).containsExactly("Kyllä – aina",
                "<img src=x onerror=alert(1)>\"Ei\"");
        assertThat(buttons.select("img")).isEmpty();
        assertThat(buttons.select("[checked]")).isEmpty();
        assertThat(group.getValue()).isEmpty();
        assertThat(group.getElement().getChildCount()).as("no server-side node per option").isZero();
    }

    @Test
    void a_saved_answer_is_chosen_and_an_unknown_one_is_not() {
        ChoiceGroup group = new ChoiceGroup(CHOICES, "NO");
        assertThat(group.getValue()).isEqualTo("NO");
        assertThat(Jsoup.parseBodyFragment(group.getElement().getProperty("innerHTML")).select("[checked]")
                .eachAttr("value")).containsExactly("NO");
        assertThat(new ChoiceGroup(CHOICES, "MAYBE").getValue()).isEmpty();
    }

    @Test
    void the_error_is_the_group_s_own() {
        ChoiceGroup group = new ChoiceGroup(CHOICES, null);
        group.setErrorMessage("Valitse yksi.");
        group.setInvalid(true);
        assertThat(group.getElement().getProperty("errorMessage")).isEqualTo("Valitse yksi.");
        assertThat(group.isInvalid()).isTrue();
        group.setErrorMessage(null);
        group.setInvalid(false);
        assertThat(group.getErrorMessage()).isEmpty();
        assertThat(group.isInvalid()).isFalse();
    }
}
