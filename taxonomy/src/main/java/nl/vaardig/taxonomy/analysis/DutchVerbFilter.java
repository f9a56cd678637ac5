package nl.vaardig.taxonomy.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Reads Dutch verbs as their infinitive, at the same position as the word: "je stelt" → also stellen, "opgesteld" →
 * also opstellen; and re-joins separable verbs at the particle: "stel het verpleegplan op" → also opstellen at "op",
 * "om het plan op te stellen" → also opstellen. Runs before the stop filter (particles are stop words; the joined verb
 * survives it). Stop words themselves get no infinitive ("moet" stays a stop word). Buffers one text's tokens.
 */
final class DutchVerbFilter extends TokenFilter {

    /** How far back a particle looks for its verb ("stel je samen met de patiënt het verpleegplan op": 9 words). */
    static final int PARTICLE_REACH = 12;

    private final DutchVerbLemmas lemmas;
    private final CharArraySet stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final List<State> states = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private int next;
    private int pendingNext;
    private boolean buffered;

    DutchVerbFilter(TokenStream input, DutchVerbLemmas lemmas, CharArraySet stopWords) {
        super(input);
        this.lemmas = lemmas;
        this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!buffered) {
            while (input.incrementToken()) {
                states.add(captureState());
                words.add(term.toString());
            }
            buffered = true;
        }
        if (pendingNext < pending.size()) {
            restoreState(states.get(next - 1));
            term.setEmpty().append(pending.get(pendingNext++));
            posInc.setPositionIncrement(0);
            return true;
        }
        if (next >= states.size()) {
            return false;
        }
        restoreState(states.get(next));
        pending.clear();
        pending.addAll(extraTerms(next));
        pendingNext = 0;
        next++;
        return true;
    }

    /** The infinitive of the word at {@code i}, and the separable verb its particle completes. */
    private Set<String> extraTerms(int i) {
        String word = words.get(i);
        var out = new LinkedHashSet<String>();
        if (!stopWords.contains(word)) {
            for (String inf : lemmas.infinitivesOf(word)) {
                if (!stopWords.contains(inf)) {
                    out.add(inf);
                }
            }
        }
        // "samen met" is a preposition phrase, not the particle of "samenstellen"
        boolean prepositional = word.equals("samen") && i + 1 < words.size() && words.get(i + 1).equals("met");
        if (DutchVerbLemmas.isParticle(word) && !prepositional) {
            String joined = particleVerb(words, i, word, lemmas, stopWords);
            if (joined != null) {
                out.add(joined);
            }
        }
        out.remove(word);
        return out;
    }

    /**
     * The separable verb the particle {@code particle} at {@code i} of a text's {@code words} completes, or null; also
     * for {@link WordPositions}, which reads a text word by word only where no particle completes one.
     */
    static String particleVerb(List<String> words, int i, String particle, DutchVerbLemmas lemmas,
                               CharArraySet stopWords) {
        // "op te stellen", "klaar te zetten": the infinitive follows
        if (i + 2 < words.size() && words.get(i + 1).equals("te") && lemmas.isInfinitive(particle + words.get(i + 2))) {
            return particle + words.get(i + 2);
        }
        // "stel … op": the nearest finite form before it whose infinitive takes this particle
        for (int j = i - 1; j >= 0 && j >= i - PARTICLE_REACH; j--) {
            if (stopWords.contains(words.get(j))) {
                continue; // "met" is no form of "meten" here
            }
            for (String inf : lemmas.infinitivesOf(words.get(j))) {
                if (lemmas.isInfinitive(particle + inf)) {
                    return particle + inf;
                }
            }
        }
        return null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        states.clear();
        words.clear();
        pending.clear();
        next = 0;
        pendingNext = 0;
        buffered = false;
    }
}
