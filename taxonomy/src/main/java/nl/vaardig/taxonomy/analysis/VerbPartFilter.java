package nl.vaardig.taxonomy.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * A compound part that is a verb stem also as its infinitive, at the same position: "verpleegplan" → parts verpleeg,
 * plan → also verplegen, so the compound meets "de verpleging plannen"-style wording after stemming.
 */
final class VerbPartFilter extends StackingFilter {

    private final DutchVerbLemmas lemmas;

    VerbPartFilter(TokenStream input, DutchVerbLemmas lemmas) {
        super(input);
        this.lemmas = lemmas;
    }

    @Override
    Collection<String> stackedOn(String part, int positionIncrement) {
        // only stacked tokens (compound parts, added forms): a whole word was read by DutchVerbFilter already
        if (positionIncrement != 0 || !lemmas.isStem(part)) {
            return List.of();
        }
        var infinitives = new ArrayList<>(lemmas.infinitivesOf(part));
        infinitives.remove(part);
        return infinitives;
    }
}
