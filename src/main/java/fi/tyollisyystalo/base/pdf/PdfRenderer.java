package fi.tyollisyystalo.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.openpdf.text.pdf.BaseFont;
import org.springframework.stereotype.Component;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Turns an XHTML page into a PDF with Flying Saucer. DejaVu Sans is embedded from the application's
 * resources (family "DejaVu Sans" in CSS), so every character prints the same on any server.
 */
@Component
public class PdfRenderer {

    private static final List<String> FONTS = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");

    private final List<Path> fontFiles;

    PdfRenderer() throws IOException {
        Path dir = Files.createTempDirectory("tyollisyystalo-fonts");
        dir.toFile().deleteOnExit();
        fontFiles = FONTS.stream().map(name -> copy(name, dir)).toList();
    }

    private static Path copy(String name, Path dir) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from resources: " + name);
            }
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not prepare font " + name, e);
        }
    }

    /** Renders well-formed XHTML (escape all data with {@link Xhtml#escape}). */
    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ITextRenderer renderer = new ITextRenderer();
            for (Path font : fontFiles) {
                renderer.getFontResolver().addFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
    }
}
