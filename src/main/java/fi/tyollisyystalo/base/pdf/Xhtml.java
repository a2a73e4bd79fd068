package fi.tyollisyystalo.base.pdf;

import org.jspecify.annotations.Nullable;

/** Escaping for text put into XHTML templates: the document must stay well-formed whatever the data. */
public final class Xhtml {

    private Xhtml() {
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
