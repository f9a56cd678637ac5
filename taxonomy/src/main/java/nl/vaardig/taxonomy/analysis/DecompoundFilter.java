package nl.vaardig.taxonomy.analysis;

import java.util.Collection;
import org.apache.lucene.analysis.TokenStream;

/** Emits each token, then its compound parts at the same position (so phrase positions are unchanged). */
final class DecompoundFilter extends StackingFilter {

    private final DutchDecompounder decompounder;

    DecompoundFilter(TokenStream input, DutchDecompounder decompounder) {
        super(input);
        this.decompounder = decompounder;
    }

    @Override
    Collection<String> stackedOn(String token, int positionIncrement) {
        return decompounder.split(token);
    }
}
