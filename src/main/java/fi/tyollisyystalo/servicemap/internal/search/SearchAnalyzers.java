package fi.tyollisyystalo.servicemap.internal.search;

/**
 * Names of the analyzers and normalizers that {@link SearchAnalysisConfigurer} defines, for
 * {@code @FullTextField(analyzer = SearchAnalyzers.FI)} and the like.
 */
public final class SearchAnalyzers {

    /** Finnish: base forms and compound parts (Voikko) or Snowball stems and listed compounds, plus an ASCII-folded variant. */
    public static final String FI = "fi";
    /**
     * Finnish whole words only: the base forms of each word as a whole (no compound parts), plus an
     * ASCII-folded variant. A match here is a whole-word or whole-compound match, which ranks above a match
     * of a compound's part in {@link #FI} (DD004).
     */
    public static final String FI_WHOLE = "fi_whole";
    /** Swedish: Snowball stems plus an ASCII-folded variant. */
    public static final String SV = "sv";
    /** English: possessives removed, Porter stems, plus an ASCII-folded variant. */
    public static final String EN = "en";
    /** Index side of prefix matching: edge n-grams of 2 to 15 letters of each lower-cased word, also folded. */
    public static final String AUTOCOMPLETE_FI = "autocomplete_fi";
    /** Search side of {@link #AUTOCOMPLETE_FI}: lower-cased words cut to 15 letters. */
    public static final String PREFIX_QUERY = "prefix_query";
    /** Normalizer for keyword fields: the whole value lower-cased (not folded, so ä and ö still sort after z). */
    public static final String KEYWORD_LOWER = "keyword_lower";

    /** The longest edge n-gram; the search side cuts words to this length. */
    static final int EDGE_MAX = 15;
    static final int EDGE_MIN = 2;

    private SearchAnalyzers() {
    }
}
