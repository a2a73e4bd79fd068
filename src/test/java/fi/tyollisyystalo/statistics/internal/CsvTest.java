package fi.tyollisyystalo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV export: a byte order mark, semicolons and CRLF, quotes where needed, formulas neutralised. */
class CsvTest {

    @Test
    void starts_with_the_utf8_byte_order_mark_and_keeps_finnish_letters() {
        byte[] csv = Csv.of(List.of(List.of("Ikä", "Miehet"), List.of("alle 25", "12")));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Ikä;Miehet\r\nalle 25;12\r\n");
    }

    @Test
    void cells_that_could_start_a_formula_are_led_by_an_apostrophe() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Csv.cell(formula)).as(formula).startsWith(formula.charAt(0) == '\r' ? "\"'" : "'");
        }
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("3,5")).isEqualTo("3,5");
        assertThat(Csv.cell("–")).isEqualTo("–");
    }

    @Test
    void separators_quotes_and_line_breaks_are_quoted() {
        assertThat(Csv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(Csv.cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
