package fi.tyollisyystalo.servicemap.internal.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Replaces each token by the terms {@link #expand} gives for it: the first in its place, the rest
 * as synonyms at the same position. Keyword-marked tokens pass unchanged.
 */
abstract class ExpandingTokenFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private List<String> pending = List.of();
    private int next;
    private @Nullable State state;

    ExpandingTokenFilter(TokenStream input) {
        super(input);
    }

    /** The terms for one token, never empty; the first replaces the token. */
    abstract List<String> expand(String token);

    @Override
    public final boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            restoreState(state);
            term.setEmpty().append(pending.get(next++));
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        List<String> terms = expand(term.toString());
        term.setEmpty().append(terms.getFirst());
        if (terms.size() > 1) {
            pending = terms;
            next = 1;
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        next = 0;
        state = null;
    }
}
