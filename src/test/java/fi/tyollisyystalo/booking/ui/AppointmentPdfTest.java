package fi.tyollisyystalo.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.base.pdf.PdfRenderer;
import fi.tyollisyystalo.booking.Appointment;
import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.booking.AppointmentType;
import fi.tyollisyystalo.booking.BookedBy;
import fi.tyollisyystalo.booking.Way;

/**
 * The appointment PDF says the Helsinki time: booked on 20 March for Monday 29 March 2027 at 9.00 (06:00 UTC,
 * the first Monday of summer time) reads "9.00–10.00", whatever the JVM's own zone (the tests run in New York).
 */
class AppointmentPdfTest {

    @Test
    void the_pdf_shows_the_helsinki_time_after_the_spring_forward_night() throws Exception {
        AppointmentType type = new AppointmentType(1, "t", new LocalizedText("Ensitapaaminen", "Första möte",
                "First meeting"), 60, 0, EnumSet.of(Way.IN_PERSON), BookedBy.RESIDENT, "COORDINATOR", true);
        Appointment a = new Appointment(7, type, 1, null, "s", "Kaisa Lehtonen", List.of(),
                Instant.parse("2027-03-29T06:00:00Z"), Instant.parse("2027-03-29T07:00:00Z"), Way.IN_PERSON,
                "Valtakatu 35, Lappeenranta", null, true, "fi", AppointmentStatus.BOOKED, 0, true);
        for (String language : List.of("fi", "sv", "en")) {
            Locale locale = Locale.of(language);
            ResourceBundle texts = ResourceBundle.getBundle("i18n.translations", locale);
            byte[] pdf = new PdfRenderer().render(AppointmentPdf.xhtml(a, locale, LocalDate.of(2027, 3, 20),
                    "Työllisyystalo <Etelä-Karjala>", (key, args) -> java.text.MessageFormat.format(
                            texts.getString(key), args)));
            PdfReader reader = new PdfReader(pdf);
            String text;
            try {
                text = new PdfTextExtractor(reader).getTextFromPage(1);
            } finally {
                reader.close();
            }
            String nine = language.equals("en") ? "09:00–10:00" : "9.00–10.00";
            assertThat(text).as(language).contains(nine).contains("29").contains("Kaisa Lehtonen")
                    .contains("Valtakatu 35").contains("Työllisyystalo <Etelä-Karjala>");
        }
    }
}
