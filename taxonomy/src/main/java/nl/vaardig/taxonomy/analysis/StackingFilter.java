package nl.vaardig.taxonomy.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each token, then the extra terms {@link #stackedOn} gives for it at the same position (position increment 0,
 * the token's other attributes copied), so phrase positions are unchanged.
 */
abstract class StackingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    StackingFilter(TokenStream input) {
        super(input);
    }

    /** The terms to stack on the token just read, given its term and position increment; empty for none. */
    abstract Collection<String> stackedOn(String token, int positionIncrement);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        Collection<String> extra = stackedOn(term.toString(), posInc.getPositionIncrement());
        if (!extra.isEmpty()) {
            pending.addAll(extra);
            current = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
