package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.analysis.Analyzer;

/**
 * ESCO's occupation descriptions, sentence by sentence, each given to the one skill of that occupation it speaks of:
 * the skill (essential or optional for the occupation) whose label of the sentence's language has the largest share
 * of its rarity-weighted terms in the sentence, when that share is at least {@link #MIN_COVER}. Such a sentence says
 * in working words what the skill's label says in ESCO's ("Zij tillen patiënten uit bed en helpen hen bij het wassen"
 * for a skill named after assisting with personal hygiene), and gives Dutch text to skills without a Dutch description.
 */
final class OccupationSentences {

    /** Half of a label's rarity-weighted terms must be in the sentence. */
    static final double MIN_COVER = 0.5;

    /** Per skill ordinal, the sentences given to it. */
    record Linked(List<String>[] dutch, List<String>[] english) {
    }

    private OccupationSentences() {
    }

    @SuppressWarnings("unchecked")
    static Linked link(Taxonomy taxonomy, SkillTerms terms) {
        List<String>[] dutch = new List[taxonomy.skillCount()];
        List<String>[] english = new List[taxonomy.skillCount()];
        for (int o = 0; o < taxonomy.occupationCount(); o++) {
            Occupation occupation = taxonomy.occupationAt(o);
            List<Integer> skills = new ArrayList<>();
            for (LinkedSkill linked : taxonomy.skillsOf(occupation.uri())) {
                OptionalInt ordinal = taxonomy.skillOrdinal(linked.skill());
                ordinal.ifPresent(skills::add);
            }
            if (skills.isEmpty()) {
                continue;
            }
            occupation.labels().in(ConceptLabels.DUTCH).map(LanguageLabels::description).ifPresent(d ->
                    give(d, VaardigAnalyzers.dutchSentences(), skills, terms.nl, dutch));
            give(occupation.labels().in(ConceptLabels.ENGLISH).orElseThrow().description(), VaardigAnalyzers.english(),
                    skills, terms.en, english);
        }
        return new Linked(dutch, english);
    }

    private static void give(String description, Analyzer analyzer, List<Integer> skills,
                             SkillTerms.LabelTerms[][] labels, List<String>[] out) {
        for (String sentence : DescriptionSentences.sentences(description)) {
            Set<String> words = new HashSet<>(VaardigAnalyzers.terms(analyzer, sentence));
            int best = -1;
            double bestCover = MIN_COVER;
            for (int skill : skills) {
                double cover = cover(labels[skill], words);
                if (cover >= bestCover && (best < 0 || cover > bestCover)) {
                    best = skill;
                    bestCover = cover;
                }
            }
            if (best >= 0) {
                if (out[best] == null) {
                    out[best] = new ArrayList<>(2);
                }
                out[best].add(sentence);
            }
        }
    }

    /** The best label's share of its rarity-weighted terms that are words of the sentence. */
    static double cover(SkillTerms.LabelTerms[] labels, Set<String> words) {
        double best = 0;
        if (labels == null) {
            return best;
        }
        for (SkillTerms.LabelTerms label : labels) {
            double all = 0;
            double found = 0;
            for (int k = 0; k < label.terms().length; k++) {
                all += label.idf()[k];
                if (words.contains(label.terms()[k])) {
                    found += label.idf()[k];
                }
            }
            if (all > 0) {
                best = Math.max(best, found / all);
            }
        }
        return best;
    }
}
