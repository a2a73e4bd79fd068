package fi.tyollisyystalo.servicemap.internal;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.internal.search.SearchAnalyzers;

/**
 * A text in three languages, stored as three columns. When indexed, each language gets its own
 * analyzer (Finnish base forms, Swedish and English stemming) and an edge n-gram field for prefixes
 * and typos.
 */
@Embeddable
public class Texts {

    @Column(columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalyzers.FI)
    @FullTextField(name = "fi_prefix", analyzer = SearchAnalyzers.AUTOCOMPLETE_FI,
            searchAnalyzer = SearchAnalyzers.PREFIX_QUERY)
    private String fi = "";

    @Column(columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalyzers.SV)
    @FullTextField(name = "sv_prefix", analyzer = SearchAnalyzers.AUTOCOMPLETE_FI,
            searchAnalyzer = SearchAnalyzers.PREFIX_QUERY)
    private @Nullable String sv;

    @Column(columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalyzers.EN)
    @FullTextField(name = "en_prefix", analyzer = SearchAnalyzers.AUTOCOMPLETE_FI,
            searchAnalyzer = SearchAnalyzers.PREFIX_QUERY)
    private @Nullable String en;

    protected Texts() {
    }

    public Texts(LocalizedText text) {
        set(text);
    }

    public static Texts of(@Nullable LocalizedText text) {
        return new Texts(text == null ? LocalizedText.EMPTY : text);
    }

    public void set(LocalizedText text) {
        this.fi = text.fi();
        this.sv = blankToNull(text.sv());
        this.en = blankToNull(text.en());
    }

    public LocalizedText value() {
        return new LocalizedText(fi == null ? "" : fi, sv, en);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
