package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Builds one {@link SkillDocument} per ESCO skill from the taxonomy's vocabulary: official, crosswalk, derived and
 * generated labels all arrive through {@link Taxonomy#vocabulary}, so a new Dutch label source needs no change here.
 */
public final class SkillDocuments {

    /** Broader and related skills beyond this many add noise rather than context. */
    private static final int MAX_CONTEXT = 8;

    private SkillDocuments() {
    }

    public static List<SkillDocument> from(Taxonomy taxonomy) {
        return from(taxonomy, HeldOut.NOTHING);
    }

    public static List<SkillDocument> from(Taxonomy taxonomy, HeldOut heldOut) {
        List<SkillDocument> out = new ArrayList<>(taxonomy.skillCount());
        for (int i = 0; i < taxonomy.skillCount(); i++) {
            Skill skill = taxonomy.skillAt(i);
            Map<String, Double> nl = new LinkedHashMap<>();
            Map<String, Double> en = new LinkedHashMap<>();
            for (SourcedLabel label : taxonomy.vocabulary(skill.uri())) {
                if (!heldOut.keepsLabel(i, label.text())) {
                    continue;
                }
                Map<String, Double> target = "nl".equals(label.language().getLanguage()) ? nl : en;
                target.merge(label.text(), label.weight(), Math::max);
            }
            LanguageLabels english = skill.labels().in(ConceptLabels.ENGLISH).orElseThrow();
            en.putIfAbsent(english.preferred(), 1.0);
            boolean description = heldOut.keepsDescription(i);
            String descriptionNl = description ? skill.labels().in(ConceptLabels.DUTCH).map(LanguageLabels::description).orElse("") : "";
            List<String> contextNl = new ArrayList<>();
            List<String> contextEn = new ArrayList<>();
            for (SkillUri other : context(taxonomy, skill.uri())) {
                taxonomy.skill(other).ifPresent(s -> {
                    contextEn.add(s.labels().in(ConceptLabels.ENGLISH).orElseThrow().preferred());
                    s.labels().in(ConceptLabels.DUTCH).ifPresent(l -> contextNl.add(l.preferred()));
                });
            }
            out.add(new SkillDocument(i, skill.uri().value(), weighted(nl), weighted(en), descriptionNl,
                    description ? english.description() : "", contextNl, contextEn, taxonomy.specificityAt(i)));
        }
        return out;
    }

    private static List<SkillUri> context(Taxonomy taxonomy, SkillUri skill) {
        List<SkillUri> out = new ArrayList<>(taxonomy.broaderSkills(skill));
        for (LinkedSkill related : taxonomy.relatedSkills(skill)) {
            out.add(related.skill());
        }
        return out.size() > MAX_CONTEXT ? out.subList(0, MAX_CONTEXT) : out;
    }

    private static List<SkillDocument.WeightedLabel> weighted(Map<String, Double> labels) {
        List<SkillDocument.WeightedLabel> out = new ArrayList<>(labels.size());
        labels.forEach((text, weight) -> out.add(new SkillDocument.WeightedLabel(text, weight)));
        return out;
    }
}
