package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where Dutch puts the head noun of an English noun phrase, learnt from aligned label pairs: "minerals laws" ↔
 * "wetten inzake mineralen" gives laws → "wetten inzake X"; "wound care" ↔ "wond+ zorg" counts as the head staying
 * last (no frame). A frame is used only when it is the majority of all observations of that head, so a head that
 * Dutch mostly compounds keeps the ordinary phrase-by-phrase translation.
 */
final class HeadFrames {

    private static final String KEEP_ORDER = VerbTemplates.SLOT;
    private static final int MAX_FRAME_WORDS = 4;
    private static final int MIN_EVIDENCE = 3;
    private static final double MIN_SHARE = 0.5;

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /** One noun-phrase label pair (not a skill/competence label) with its word alignment. */
    void learn(List<String> english, List<String> dutch, Alignment a) {
        int head = english.size() - 1;
        if (head < 1 || !Character.isLetter(english.get(head).charAt(0))) {
            return;
        }
        int objectFirst = dutch.size();
        int objectLast = -1;
        int headFirst = dutch.size();
        int headLast = -1;
        for (int j = 0; j < dutch.size(); j++) {
            for (int i = 0; i <= head; i++) {
                if (!a.linked(i, j)) {
                    continue;
                }
                if (i == head) {
                    headFirst = Math.min(headFirst, j);
                    headLast = Math.max(headLast, j);
                } else {
                    objectFirst = Math.min(objectFirst, j);
                    objectLast = Math.max(objectLast, j);
                }
            }
        }
        if (headLast < 0 || objectLast < 0) {
            return;
        }
        String frame = KEEP_ORDER;
        if (headLast < objectFirst && !dutch.get(headLast).endsWith(LabelTokens.JOIN)) {
            var words = new ArrayList<String>(dutch.subList(0, objectFirst));
            words.add(VerbTemplates.SLOT);
            words.addAll(dutch.subList(objectLast + 1, dutch.size()));
            if (words.size() - 1 > MAX_FRAME_WORDS) {
                return;
            }
            frame = String.join(" ", words);
        }
        counts.computeIfAbsent(english.get(head), x -> new HashMap<>()).merge(frame, 1, Integer::sum);
    }

    /** The frame that puts this head noun before its modifiers, when that is what Dutch labels mostly do. */
    Optional<VerbTemplates.Template> best(String head) {
        Map<String, Integer> seen = counts.get(head);
        if (seen == null) {
            return Optional.empty();
        }
        var top = Tally.mostCounted(seen);
        if (top.form().equals(KEEP_ORDER) || top.count() < MIN_EVIDENCE || top.share() < MIN_SHARE) {
            return Optional.empty();
        }
        List<String> words = List.of(top.form().split(" "));
        int slot = words.indexOf(VerbTemplates.SLOT);
        return Optional.of(new VerbTemplates.Template(words.subList(0, slot), words.subList(slot + 1, words.size()),
                top.share(), top.count()));
    }

    int size() {
        return counts.size();
    }
}
