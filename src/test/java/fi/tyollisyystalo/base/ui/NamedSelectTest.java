package fi.tyollisyystalo.base.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.select.Select;

class NamedSelectTest {

    @Test
    void the_open_list_is_named_by_the_label() {
        NamedSelect<String> select = new NamedSelect<>();
        select.setLabel("Tapaamisen kieli");
        assertThat(select.list().getAttribute("aria-label")).isEqualTo("Tapaamisen kieli");
        select.setLabel("Mötets språk");
        assertThat(select.list().getAttribute("aria-label")).isEqualTo("Mötets språk");
    }

    @Test
    void an_aria_label_names_the_list_when_there_is_no_visible_label_and_wins_over_it() {
        NamedSelect<String> select = new NamedSelect<>();
        select.setAriaLabel("Tiimi");
        assertThat(select.list().getAttribute("aria-label")).isEqualTo("Tiimi");
        select.setLabel("Näytä");
        assertThat(select.list().getAttribute("aria-label")).isEqualTo("Tiimi");
        select.setAriaLabel(null);
        assertThat(select.list().getAttribute("aria-label")).isEqualTo("Näytä");
        select.setLabel(null);
        assertThat(select.list().hasAttribute("aria-label")).isFalse();
    }

    @Test
    void no_view_creates_a_select_whose_list_has_no_name() {
        noClasses().that().doNotHaveSimpleName("NamedSelect")
                .should().callConstructorWhere(DescribedPredicate.describe("a constructor of Vaadin's Select",
                        call -> call.getTargetOwner().isEquivalentTo(Select.class)))
                .because("Vaadin's select leaves its open option list without a name (axe: aria-input-field-name);"
                        + " NamedSelect names it")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("fi.tyollisyystalo"));
    }
}
