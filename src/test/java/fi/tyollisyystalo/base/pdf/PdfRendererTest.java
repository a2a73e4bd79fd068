package fi.tyollisyystalo.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** PDFs embed DejaVu Sans, print Finnish and Swedish letters, and fonts parsed once serve concurrent renders. */
class PdfRendererTest {

    private static final String PAGE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<head><style>body { font-family: 'DejaVu Sans'; } b { font-weight: bold; }</style></head>"
            + "<body><p>Hälsokontroll – työkyky %d: ÅÄÖ åäö <b>lihavoitu</b></p></body></html>";

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void letters_survive_and_the_font_is_embedded() throws Exception {
        byte[] pdf = new PdfRenderer().render(PAGE.formatted(7));
        assertThat(text(pdf)).contains("Hälsokontroll – työkyky 7: ÅÄÖ åäö").contains("lihavoitu");
        PdfReader reader = new PdfReader(pdf);
        try {
            // embedded subsets are named with a six-letter tag: ABCDEF+DejaVuSans
            var fonts = reader.getPageN(1).getAsDict(org.openpdf.text.pdf.PdfName.RESOURCES)
                    .getAsDict(org.openpdf.text.pdf.PdfName.FONT);
            List<String> names = new ArrayList<>();
            for (var key : fonts.getKeys()) {
                names.add(String.valueOf(fonts.getAsDict(key).get(org.openpdf.text.pdf.PdfName.BASEFONT)));
            }
            assertThat(names)
                    .anyMatch(n -> n.matches("/?[A-Z]{6}\\+DejaVuSans"))
                    .anyMatch(n -> n.matches("/?[A-Z]{6}\\+DejaVuSans-Bold"));
        } finally {
            reader.close();
        }
    }

    @Test
    void one_renderer_serves_concurrent_documents_each_with_its_own_text() throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                futures.add(pool.submit(() -> renderer.render(PAGE.formatted(n))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(text(futures.get(i).get())).contains("työkyky " + i + ":");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
