package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a Dutch compound into a first part (kept with its linking s/e/en and marked with {@link LabelTokens#JOIN})
 * and a head, recursively on the first part: "textieldroogmachines" → "textiel+", "droog+", "machines". The word
 * list is the Dutch the generator saw in training; a split needs both sides in the list, so the aligner sees
 * "veiligheids+ beheer" next to "safety management". (The 358k-word OpenTaal list added wrong splits such as
 * "control+ eren" and no measurable agreement, so it is not used.)
 */
final class CompoundSplitter {

    private static final int MIN_WORD = 7;
    private static final int MIN_PART = 3;
    private static final int MIN_HEAD = 4;
    private static final String[] LINKERS = {"s", "en", "e", "n", ""};

    private final Set<String> words;

    CompoundSplitter(Collection<String> words) {
        this.words = new HashSet<>(words);
    }

    List<String> split(String word) {
        var out = new ArrayList<String>();
        splitInto(word, out);
        return out;
    }

    private void splitInto(String word, List<String> out) {
        if (word.length() >= MIN_WORD && isLetters(word)) {
            // longest head first: the head carries the meaning ("beheer" in "veiligheidsbeheer")
            for (int i = MIN_PART; i <= word.length() - MIN_HEAD; i++) {
                String head = word.substring(i);
                if (!words.contains(head)) {
                    continue;
                }
                String first = word.substring(0, i);
                if (isFirstPart(first)) {
                    splitInto(first, out);
                    int last = out.size() - 1;
                    out.set(last, out.get(last) + LabelTokens.JOIN);
                    out.add(head);
                    return;
                }
            }
        }
        out.add(word);
    }

    /** A listed word, with or without a linker, or itself a compound of listed words ("textieldroog"). */
    private boolean isFirstPart(String first) {
        for (String linker : LINKERS) {
            if (first.endsWith(linker) && first.length() - linker.length() >= MIN_PART
                    && words.contains(first.substring(0, first.length() - linker.length()))) {
                return true;
            }
        }
        for (int i = MIN_PART; i <= first.length() - MIN_PART; i++) {
            if (words.contains(first.substring(i)) && isFirstPart(first.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
