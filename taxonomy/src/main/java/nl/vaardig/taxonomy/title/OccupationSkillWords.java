package nl.vaardig.taxonomy.title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.vaardig.taxonomy.analysis.LabelKeys;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * The Dutch stems of what an occupation does, from ESCO's occupation–skill relations: every Dutch surface form of
 * each of its skills (ESCO, VDAB crosswalk, derived), cut into compound parts and stemmed. A title's words beyond
 * the occupation name ("docent <b>wiskunde</b>", "<b>kinder</b>verpleegkundige") are compared with these to tell
 * apart occupations that share a name. Computed on first use per occupation; the specificity of each stem (how few
 * occupations use it) is counted once over all of them; thread-safe.
 */
final class OccupationSkillWords {

    private final Taxonomy taxonomy;
    private final ConcurrentHashMap<OccupationUri, Set<String>> byOccupation = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SkillUri, Set<String>> bySkill = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<OccupationUri, Set<String>> descriptionByOccupation = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<OccupationUri, Set<String>> ownDescriptionByOccupation = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<OccupationUri, List<Set<String>>> skillListByOccupation = new ConcurrentHashMap<>();
    /** How many occupations' skill words, and own descriptions, have each stem: what makes a word specific. */
    private volatile Specificity specificity;

    OccupationSkillWords(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * How specific a stem is to few occupations, learnt from ESCO's own text: {@code ln(N / df)} over the N
     * occupations, df those whose skill words (or own Dutch description) have it; 0 for a stem none has (it cannot
     * tell occupations apart). "beton" is specific to a few building trades, "werk" to none.
     */
    record Specificity(Map<String, Integer> skillDf, Map<String, Integer> descriptionDf, int occupations) {
        double ofSkill(String stem) {
            return idf(skillDf.getOrDefault(stem, 0));
        }

        double ofDescription(String stem) {
            return idf(descriptionDf.getOrDefault(stem, 0));
        }

        private double idf(int df) {
            return df == 0 ? 0 : Math.log((double) occupations / df);
        }
    }

    /** Counted over every occupation on first use (the matcher asks at build time), then shared. */
    Specificity specificity() {
        Specificity s = specificity;
        if (s == null) {
            synchronized (this) {
                if (specificity == null) {
                    var skillDf = new HashMap<String, Integer>();
                    var descriptionDf = new HashMap<String, Integer>();
                    for (int i = 0; i < taxonomy.occupationCount(); i++) {
                        OccupationUri o = taxonomy.occupationAt(i).uri();
                        of(o).forEach(stem -> skillDf.merge(stem, 1, Integer::sum));
                        ownDescriptionOf(o).forEach(stem -> descriptionDf.merge(stem, 1, Integer::sum));
                    }
                    specificity = new Specificity(Map.copyOf(skillDf), Map.copyOf(descriptionDf), taxonomy.occupationCount());
                }
                s = specificity;
            }
        }
        return s;
    }

    /** The Dutch stems of each of the occupation's skills, one set per skill. */
    List<Set<String>> skillsOf(OccupationUri occupation) {
        return skillListByOccupation.computeIfAbsent(occupation, o -> {
            var out = new ArrayList<Set<String>>();
            for (LinkedSkill ls : taxonomy.skillsOf(o)) {
                Set<String> stems = skillStems(ls.skill());
                if (!stems.isEmpty()) {
                    out.add(stems);
                }
            }
            return List.copyOf(out);
        });
    }

    /** The Dutch stems of the occupation's own Dutch description (not its ISCO group's, which its siblings share). */
    Set<String> ownDescriptionOf(OccupationUri occupation) {
        return ownDescriptionByOccupation.computeIfAbsent(occupation, o -> {
            var stems = new HashSet<String>();
            taxonomy.occupation(o).flatMap(x -> x.labels().in(ConceptLabels.DUTCH))
                    .ifPresent(l -> stems.addAll(LabelKeys.dutchLeafStems(l.description())));
            return Set.copyOf(stems);
        });
    }

    Set<String> of(OccupationUri occupation) {
        return byOccupation.computeIfAbsent(occupation, o -> {
            var stems = new HashSet<String>();
            for (LinkedSkill ls : taxonomy.skillsOf(o)) {
                stems.addAll(skillStems(ls.skill()));
            }
            return Set.copyOf(stems);
        });
    }

    /**
     * The Dutch stems of what ESCO says about the occupation in prose: its Dutch description and the Dutch label and
     * description of its ISCO unit group ("rederij", "binnenvaart" for a shipping manager whose labels say neither).
     */
    Set<String> descriptionOf(OccupationUri occupation) {
        return descriptionByOccupation.computeIfAbsent(occupation, o -> {
            var stems = new HashSet<String>();
            taxonomy.occupation(o).flatMap(x -> x.labels().in(ConceptLabels.DUTCH))
                    .ifPresent(l -> stems.addAll(LabelKeys.dutchLeafStems(l.description())));
            taxonomy.iscoGroupOf(o).flatMap(g -> g.labels().in(ConceptLabels.DUTCH)).ifPresent(l -> {
                stems.addAll(LabelKeys.dutchLeafStems(l.preferred()));
                stems.addAll(LabelKeys.dutchLeafStems(l.description()));
            });
            return Set.copyOf(stems);
        });
    }

    private Set<String> skillStems(SkillUri skill) {
        return bySkill.computeIfAbsent(skill, s -> {
            var stems = new HashSet<String>();
            for (SourcedLabel l : taxonomy.vocabulary(s)) {
                if (ConceptLabels.DUTCH.equals(l.language())) {
                    stems.addAll(LabelKeys.dutchLeafStems(l.text()));
                }
            }
            return Set.copyOf(stems);
        });
    }
}
