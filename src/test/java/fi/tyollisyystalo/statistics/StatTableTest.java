package fi.tyollisyystalo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The shown texts of the cells the second part of #15 added: exact shares with n, means and changes. */
class StatTableTest {

    private static String text(StatTable.Cell cell, Locale locale) {
        StatTable t = new StatTable("t", "h", List.of("c"), List.of(new StatTable.Row("r", List.of(cell))), null);
        return t.text(locale, k -> k.equals(StatTable.SUPPRESSED_KEY) ? "x" : k).get(1).get(1);
    }

    @Test
    void a_share_is_rounded_half_up_to_one_decimal_from_the_exact_fraction_and_shows_its_part_and_n() {
        assertThat(text(StatTable.Cell.share(22, 49, false), Locale.ROOT)).isEqualTo("44.9 % (22/49)");
        assertThat(text(StatTable.Cell.share(45, 49, false), Locale.ROOT)).isEqualTo("91.8 % (45/49)");
        assertThat(text(StatTable.Cell.share(39, 49, false), Locale.ROOT)).isEqualTo("79.6 % (39/49)");
        // exactly half way: up (a double's 6.25 would also be, but 1/16 must not depend on binary rounding)
        assertThat(text(StatTable.Cell.share(1, 16, false), Locale.ROOT)).isEqualTo("6.3 % (1/16)");
        assertThat(text(StatTable.Cell.share(49, 49, false), Locale.ROOT)).isEqualTo("100.0 % (49/49)");
        assertThat(text(StatTable.Cell.share(0, 49, false), Locale.ROOT)).isEqualTo("0.0 % (0/49)");
    }

    @Test
    void a_share_uses_the_languages_decimal_sign_is_a_dash_of_nothing_and_only_the_symbol_when_suppressed() {
        assertThat(text(StatTable.Cell.share(22, 49, false), Locale.forLanguageTag("fi")))
                .isEqualTo("44,9 % (22/49)");
        assertThat(text(StatTable.Cell.share(0, 0, false), Locale.ROOT)).isEqualTo("–");
        assertThat(text(StatTable.Cell.share(2, 4, true), Locale.ROOT)).isEqualTo("x");
    }

    @Test
    void a_mean_has_one_decimal_and_a_change_its_sign() {
        assertThat(text(new StatTable.Cell(StatTable.Kind.MEAN, 3.46, false), Locale.ROOT)).isEqualTo("3.5");
        assertThat(text(new StatTable.Cell(StatTable.Kind.CHANGE, 2.5, false), Locale.ROOT)).isEqualTo("+2.5");
        assertThat(text(new StatTable.Cell(StatTable.Kind.CHANGE, -1.25, false), Locale.ROOT)).isEqualTo("-1.3");
    }
}
