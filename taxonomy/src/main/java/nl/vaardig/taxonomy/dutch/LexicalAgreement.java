package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.List;

/**
 * Back-translation agreement of a generated label, with the word translation tables the translator was trained on
 * (IBM model 1 in both directions, {@link WordAligner}): how well the Dutch words explain each English word
 * (t(English | Dutch), the best Dutch word or NULL per English word) and how well the English words explain each
 * Dutch word (t(Dutch | English)), as a mean and a minimum over the label. NULL stands in for words a label need not
 * translate ("of", "the"), so no word list decides what counts; a Dutch word the training data never had explains
 * nothing. A wrong sense or an English word left in scores low on one side or both.
 */
final class LexicalAgreement {

    /** Back mean, back minimum, forward mean, forward minimum. */
    static final int COUNT = 4;

    private final WordAligner dutchGivenEnglish;
    private final WordAligner englishGivenDutch;
    private final Vocabulary english;
    private final Vocabulary dutch;

    LexicalAgreement(WordAligner dutchGivenEnglish, WordAligner englishGivenDutch, Vocabulary english,
                     Vocabulary dutch) {
        this.dutchGivenEnglish = dutchGivenEnglish;
        this.englishGivenDutch = englishGivenDutch;
        this.english = english;
        this.dutch = dutch;
    }

    /** {@code englishTokens} and {@code dutchTokens} as the aligner was trained on (folded, compounds split). */
    double[] of(List<String> englishTokens, List<String> dutchTokens) {
        int[] e = english.find(englishTokens);
        int[] d = dutch.find(dutchTokens);
        double[] back = explained(englishGivenDutch, d, e);
        double[] forward = explained(dutchGivenEnglish, e, d);
        return new double[]{back[0], back[1], forward[0], forward[1]};
    }

    /** Mean and minimum over the target words of the best t(target | source word or NULL); unknown words score 0. */
    private static double[] explained(WordAligner model, int[] sources, int[] targets) {
        if (targets.length == 0) {
            return new double[]{0, 0};
        }
        double sum = 0;
        double min = 1;
        for (int target : targets) {
            double best = 0;
            if (target >= 0) {
                best = model.t(Vocabulary.NULL, target);
                for (int source : sources) {
                    if (source >= 0) {
                        best = Math.max(best, model.t(source, target));
                    }
                }
            }
            sum += best;
            min = Math.min(min, best);
        }
        return new double[]{sum / targets.length, min};
    }

    /** The label's Dutch words as the aligner saw them: folded tokens, compounds split into their parts. */
    static List<String> dutchTokens(String text, CompoundSplitter splitter) {
        var out = new ArrayList<String>();
        for (String t : LabelTokens.tokens(text)) {
            out.addAll(splitter.split(t));
        }
        return out;
    }
}
