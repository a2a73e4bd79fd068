package fi.tyollisyystalo.servicemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.e2e.HostileInput;

/** Keywords are an editor's field like the others: any text up to the limit, a message at the field beyond it. */
class ServiceKeywordsValidationTest {

    private static ServiceData withKeywords(LocalizedText keywords) {
        return new ServiceData(new LocalizedText("Velkaneuvonta", null, null),
                new LocalizedText("Apua rahahuoliin.", null, null), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY, ChargeType.FREE, Set.of(Domain.EVERYDAY), Set.of(), Set.of("fi"), Set.of(),
                List.of(), null, null, keywords);
    }

    @Test
    void every_hostile_value_within_the_limit_is_accepted_as_text_and_a_longer_one_gets_the_fields_message() {
        for (HostileInput.Value value : HostileInput.VALUES) {
            ServiceData data = withKeywords(new LocalizedText("rahat loppuu", value.text(), value.text()));
            if (value.text().length() <= ServiceEditorService.MAX_KEYWORDS) {
                assertThatCode(() -> ServiceEditorService.validate(data)).as(value.name()).doesNotThrowAnyException();
            } else {
                ServiceValidationException e = catchThrowableOfType(ServiceValidationException.class,
                        () -> ServiceEditorService.validate(data));
                assertThat(e.fieldErrors()).as(value.name()).containsEntry("keywords.sv", "editor.error.toolong.500")
                        .containsEntry("keywords.en", "editor.error.toolong.500").doesNotContainKey("keywords.fi");
            }
        }
    }

    @Test
    void a_service_without_keywords_reads_as_empty_keywords() {
        ServiceData data = new ServiceData(new LocalizedText("Nimi", null, null), LocalizedText.EMPTY,
                LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY, ChargeType.FREE, Set.of(), Set.of(),
                Set.of(), Set.of(), List.of(), null, null);
        assertThat(data.keywords()).isEqualTo(LocalizedText.EMPTY);
        assertThat(data.withKeywords(new LocalizedText("velat", null, null)).keywords().fi()).isEqualTo("velat");
    }
}
