package fi.tyollisyystalo.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

class MessageBodyTest {

    @Test
    void a_team_link_to_an_own_page_becomes_a_link_and_the_rest_stays_text() {
        Paragraph p = MessageBody.of("Hei!\nValitse: [Valitse aika](/appointments/offer/12). Kiitos", true);
        List<Component> parts = p.getChildren().toList();
        assertThat(parts).hasSize(3);
        assertThat(((Text) parts.get(0)).getText()).isEqualTo("Hei!\nValitse: ");
        Anchor a = (Anchor) parts.get(1);
        assertThat(a.getHref()).isEqualTo("/appointments/offer/12");
        assertThat(a.getText()).isEqualTo("Valitse aika");
        assertThat(((Text) parts.get(2)).getText()).isEqualTo(". Kiitos");
    }

    @Test
    void other_addresses_and_schemes_and_resident_messages_stay_plain_text() {
        for (String hostile : List.of("[x](javascript:alert(1))", "[x](//evil.example/a)", "[x](https://evil.example)",
                "[x](/a//evil.example)", "[<img src=x onerror=alert(1)>](/ok\" onmouseover=\"x)")) {
            Paragraph p = MessageBody.of(hostile, true);
            assertThat(p.getChildren().filter(Anchor.class::isInstance)).as(hostile).isEmpty();
            assertThat(p.getElement().getTextRecursively()).isEqualTo(hostile);
        }
        Paragraph resident = MessageBody.of("[Valitse aika](/appointments/offer/12)", false);
        assertThat(resident.getChildren()).isEmpty();
        assertThat(resident.getText()).isEqualTo("[Valitse aika](/appointments/offer/12)");
    }

    @Test
    void link_text_is_text_not_markup() {
        Paragraph p = MessageBody.of("[<b>bold</b>](/appointments)", true);
        Anchor a = (Anchor) p.getChildren().toList().getFirst();
        assertThat(a.getText()).isEqualTo("<b>bold</b>");
        assertThat(a.getElement().getChildren().anyMatch(e -> !e.isTextNode())).isFalse();
    }
}
