package nl.vaardig.taxonomy.title;

import java.util.HashSet;
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
 * apart occupations that share a name. Computed on first use per occupation (start-up stays fast); thread-safe.
 */
final class OccupationSkillWords {

    private final Taxonomy taxonomy;
    private final ConcurrentHashMap<OccupationUri, Set<String>> byOccupation = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SkillUri, Set<String>> bySkill = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<OccupationUri, Set<String>> descriptionByOccupation = new ConcurrentHashMap<>();

    OccupationSkillWords(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
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
