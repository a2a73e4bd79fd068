package fi.tyollisyystalo.servicemap.internal;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.internal.search.FinnishTermsBinder;
import fi.tyollisyystalo.servicemap.internal.search.SearchAnalyzers;

/**
 * A text in three languages, stored as three columns. When indexed, each language gets its own
 * analyzer (Finnish base forms, Swedish and English stemming) and an edge n-gram field for prefixes
 * and typos; Finnish also gets {@code fi_whole}, whole words without compound parts, for ranking.
 * Finnish goes through {@link FinnishTermsBinder}, which on Elasticsearch/OpenSearch sends
 * the terms of the Java Finnish analyzer instead of the text. The {@code *_stored} fields keep the
 * text as written, not searchable, for the hit cards that a search reads from the index (the
 * embedding entity picks where they are kept: names and summaries, not descriptions).
 */
@Embeddable
public class Texts {

    /** Suffix of the stored, not searchable copy of each language ({@code name.fi_stored}). */
    public static final String STORED = "_stored";

    @Column(columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalyzers.FI, valueBinder = @ValueBinderRef(type = FinnishTermsBinder.class))
    @FullTextField(name = "fi_whole", analyzer = SearchAnalyzers.FI_WHOLE,
            valueBinder = @ValueBinderRef(type = FinnishTermsBinder.Whole.class))
    @FullTextField(name = "fi_prefix", analyzer = SearchAnalyzers.AUTOCOMPLETE_FI,
            searchAnalyzer = SearchAnalyzers.PREFIX_QUERY)
    @GenericField(name = "fi" + STORED, searchable = Searchable.NO, projectable = Projectable.YES)
    private String fi = "";

    @Column(columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalyzers.SV)
    @FullTextField(name = "sv_prefix", analyzer = SearchAnalyzers.AUTOCOMPLETE_FI,
            searchAnalyzer = SearchAnalyzers.PREFIX_QUERY)
    @GenericField(name = "sv" + STORED, searchable = Searchable.NO, projectable = Projectable.YES)
    private @Nullable String sv;

    @Column(columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalyzers.EN)
    @FullTextField(name = "en_prefix", analyzer = SearchAnalyzers.AUTOCOMPLETE_FI,
            searchAnalyzer = SearchAnalyzers.PREFIX_QUERY)
    @GenericField(name = "en" + STORED, searchable = Searchable.NO, projectable = Projectable.YES)
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
