package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the Dutch labels of skill/competence concepts place the English label's leading verb, learnt from aligned label
 * pairs: "apply safety management" ↔ "veiligheidsbeheer toepassen" gives apply → "X toepassen"; "monitor billing
 * procedures" ↔ "toezicht houden op betaalprocedures" gives monitor → "toezicht houden op X". X is the Dutch span the
 * rest of the English label aligns to; the template is what stays around it. Keys are the first one to three words.
 */
final class VerbTemplates {

    static final String SLOT = "X";
    private static final int MAX_TEMPLATE_WORDS = 5;
    private static final int MIN_EVIDENCE = 2;
    /** Keys of up to three words: "interact verbally in" → "mondeling in het X communiceren". */
    static final int MAX_KEY_WORDS = 3;

    record Template(List<String> before, List<String> after, double share, int evidence) {
    }

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    void learn(List<String> english, List<String> dutch, Alignment a) {
        for (int k = 1; k <= MAX_KEY_WORDS && k < english.size(); k++) {
            int objectFirst = dutch.size();
            int objectLast = -1;
            boolean verbLinked = false;
            for (int i = 0; i < english.size(); i++) {
                for (int j = 0; j < dutch.size(); j++) {
                    if (!a.linked(i, j)) {
                        continue;
                    }
                    if (i < k) {
                        verbLinked = true;
                    } else {
                        objectFirst = Math.min(objectFirst, j);
                        objectLast = Math.max(objectLast, j);
                    }
                }
            }
            if (!verbLinked || objectLast < 0 || dutch.size() - (objectLast - objectFirst + 1) > MAX_TEMPLATE_WORDS) {
                continue;
            }
            boolean verbInsideObject = false;
            for (int i = 0; i < k; i++) {
                for (int j = objectFirst; j <= objectLast; j++) {
                    verbInsideObject |= a.linked(i, j);
                }
            }
            if (verbInsideObject) {
                continue;
            }
            var template = new ArrayList<String>(dutch.subList(0, objectFirst));
            template.add(SLOT);
            template.addAll(dutch.subList(objectLast + 1, dutch.size()));
            if (template.size() == 1) {
                continue; // the verb went into a compound or was not translated: no template to learn
            }
            counts.computeIfAbsent(String.join(" ", english.subList(0, k)), x -> new HashMap<>())
                    .merge(String.join(" ", template), 1, Integer::sum);
        }
    }

    /** The most frequent template for these leading English words, if seen at least {@value #MIN_EVIDENCE} times. */
    Optional<Template> best(List<String> verb) {
        Map<String, Integer> seen = counts.get(String.join(" ", verb));
        if (seen == null) {
            return Optional.empty();
        }
        var top = Tally.mostCounted(seen);
        if (top.count() < MIN_EVIDENCE) {
            return Optional.empty();
        }
        List<String> words = List.of(top.form().split(" "));
        int slot = words.indexOf(SLOT);
        return Optional.of(new Template(words.subList(0, slot), words.subList(slot + 1, words.size()),
                top.share(), top.count()));
    }

    /** Share of all observed templates that put the verb after the object ("X toepassen"): the default order. */
    double verbLastShare() {
        int last = 0;
        int all = 0;
        for (Map<String, Integer> seen : counts.values()) {
            for (Map.Entry<String, Integer> e : seen.entrySet()) {
                all += e.getValue();
                if (e.getKey().startsWith(SLOT + " ")) {
                    last += e.getValue();
                }
            }
        }
        return all == 0 ? 0 : (double) last / all;
    }

    int size() {
        return counts.size();
    }
}
