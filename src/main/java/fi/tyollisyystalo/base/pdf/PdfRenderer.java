package fi.tyollisyystalo.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.springframework.stereotype.Component;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

/**
 * Turns an XHTML page into a PDF with Flying Saucer. DejaVu Sans is embedded from the application's
 * resources (family "DejaVu Sans" in CSS), so every character prints the same on any server.
 *
 * <p>The fonts are parsed once, from memory: added by file path, OpenPDF re-reads each font's glyph
 * index one byte per system call for every PDF, which made a one-page PDF five times slower
 * (docs/benchmarks.md, "Health check").
 *
 * <p>The PDF carries the language of the page ({@code <html lang>}, catalog {@code /Lang}) and its
 * {@code <title>} as the document title, which viewers show instead of the file name. Flying Saucer 10
 * can't write a tagged (PDF/UA) structure tree: see docs/decisions/DD005, where the print view of the
 * page is the accessible twin.
 */
@Component
public class PdfRenderer {

    private static final List<String> FONTS = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

    /** A font parsed once, and its file, from which Flying Saucer reads the weight and style. */
    private record Font(BaseFont font, String path) {
    }

    private final List<Font> fonts;

    public PdfRenderer() throws IOException {
        Path dir = Files.createTempDirectory("tyollisyystalo-fonts");
        dir.toFile().deleteOnExit();
        fonts = FONTS.stream().map(name -> load(name, dir)).toList();
    }

    private static Font load(String name, Path dir) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from resources: " + name);
            }
            byte[] bytes = in.readAllBytes();
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return new Font(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null),
                    file.toString());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not prepare font " + name, e);
        }
    }

    /** Sets the document language and asks viewers to show the title. */
    private record Metadata(String lang) implements PDFCreationListener {
        @Override
        public void preOpen(ITextRenderer renderer) {
            if (!lang.isBlank()) {
                renderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
            }
            renderer.getWriter().addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        }

        @Override
        public void preWrite(ITextRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(ITextRenderer renderer) {
        }
    }

    /** Renders well-formed XHTML (escape all data with {@link Xhtml#escape}). */
    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ITextRenderer renderer = new ITextRenderer();
            for (Font f : fonts) {
                renderer.getFontResolver().addFont(f.font(), f.path(), null);
            }
            renderer.setDocumentFromString(xhtml);
            renderer.setListener(new Metadata(renderer.getDocument().getDocumentElement().getAttribute("lang")));
            renderer.layout();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
    }
}
