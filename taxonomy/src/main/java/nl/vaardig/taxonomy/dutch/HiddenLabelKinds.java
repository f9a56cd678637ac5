package nl.vaardig.taxonomy.dutch;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Why the generated labels below the display bar stay English, by kind, for the skills occupations use (the first
 * kind that applies): a language skill; an English word of the label left in that the Dutch speller rejects; a long or
 * multi-clause label (five or more English words, or a linking word); another word the speller rejects (a spelled
 * cognate, a wrong compound); a competence label without a learnt verb template; else every word is Dutch but the
 * term, sense or compound is wrong. Reads the shipped file; for the docs' "what is left" table.
 */
final class HiddenLabelKinds {

    static final List<String> KINDS = List.of("language skill", "English word left in", "long or multi-clause",
            "form the speller rejects", "verb without a learnt frame", "all Dutch, wrong term/sense/compound");
    private static final Set<String> LINKING = Set.of("of", "for", "in", "on", "to", "with", "and", "or", "by", "from",
            "about", "into", "during", "under", "within");

    private HiddenLabelKinds() {
    }

    static Map<String, Integer> count(EscoParallelData data, Path dataDir, Map<String, GeneratedLabel> labels,
                                      Predicate<String> dutchWord) {
        var languageSkills = new HashSet<String>();
        EscoParallelData.rows(dataDir.resolve("esco/v1.1.1/en/languageSkillsCollection_en.csv"),
                r -> languageSkills.add(r.get("conceptUri")));
        var out = new java.util.LinkedHashMap<String, Integer>();
        KINDS.forEach(k -> out.put(k, 0));
        labels.forEach((uri, label) -> {
            if (data.usedByOccupations().contains(uri) && !GeneratedDutchLabels.shown(label)) {
                out.merge(kind(data.skills().get(uri), label, languageSkills.contains(uri), dutchWord), 1, Integer::sum);
            }
        });
        return out;
    }

    static String kind(EscoParallelData.Skill skill, GeneratedLabel label, boolean languageSkill,
                       Predicate<String> dutchWord) {
        List<String> english = LabelTokens.words(skill.label());
        List<String> generated = LabelTokens.surface(label.text()).stream()
                .filter(w -> Character.isLetterOrDigit(w.charAt(0))).toList();
        Predicate<String> rejected = w -> w.equals(w.toLowerCase(Locale.ROOT)) && w.chars().noneMatch(Character::isDigit)
                && !dutchWord.test(w);
        if (languageSkill) {
            return KINDS.get(0);
        }
        if (generated.stream().anyMatch(w -> english.contains(w.toLowerCase(Locale.ROOT)) && rejected.test(w))) {
            return KINDS.get(1);
        }
        if (english.size() >= 5 || english.stream().anyMatch(LINKING::contains)) {
            return KINDS.get(2);
        }
        if (generated.stream().anyMatch(rejected)) {
            return KINDS.get(3);
        }
        if (skill.competence() && !label.method().equals("template")) {
            return KINDS.get(4);
        }
        return KINDS.get(5);
    }
}
