package nl.vaardig.taxonomy.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A compound part that is a verb stem also as its infinitive, at the same position: "verpleegplan" → parts verpleeg,
 * plan → also verplegen, so the compound meets "de verpleging plannen"-style wording after stemming.
 */
final class VerbPartFilter extends TokenFilter {

    private final DutchVerbLemmas lemmas;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    VerbPartFilter(TokenStream input, DutchVerbLemmas lemmas) {
        super(input);
        this.lemmas = lemmas;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        // only stacked tokens (compound parts, added forms): a whole word was read by DutchVerbFilter already
        if (posInc.getPositionIncrement() == 0) {
            String part = term.toString();
            if (lemmas.isStem(part)) {
                pending.addAll(lemmas.infinitivesOf(part));
                pending.remove(part);
                if (!pending.isEmpty()) {
                    current = captureState();
                }
            }
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
