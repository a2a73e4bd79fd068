package fi.tyollisyystalo.base.pdf;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Escaping for text put into XHTML templates: the document must stay well-formed whatever the data. */
public final class Xhtml {

    private Xhtml() {
    }

    /**
     * The start of one of our A4 documents up to {@code <body>}: the language, the title, page numbers at the
     * bottom right, DejaVu Sans (embedded by {@link PdfRenderer}), the house colours for headings and leads,
     * and the document's own {@code css} after them (its rules win).
     */
    public static String head(Locale locale, String title, String css) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
                + escape(locale.getLanguage()) + "\"><head><title>" + escape(title) + "</title><style>"
                + "@page { size: A4; margin: 18mm 16mm; @bottom-right { content: counter(page) \" / \" counter(pages);"
                + " font-family: 'DejaVu Sans'; font-size: 8pt; } }"
                + "body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1b1f24; line-height: 1.4; }"
                + "h1 { font-size: 18pt; color: #0f2747; margin: 0 0 4pt; }"
                + "h2 { font-size: 13pt; color: #0f2747; margin: 14pt 0 4pt; } .lead { color: #48505c; }"
                + css + "</style></head><body>";
    }

    public static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
