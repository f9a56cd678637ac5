package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.dutch.GeneratedDutchLabels;
import nl.vaardig.taxonomy.dutch.GeneratedLabel;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Builds one {@link SkillDocument} per ESCO skill from the taxonomy's vocabulary: official, crosswalk (VDAB exact,
 * close, broad, narrow), collection and CompetentNL labels arrive through {@link Taxonomy#vocabulary} with their source
 * weight. Generated Dutch labels are all taken, also those below the threshold at which a UI shows them, weighted by
 * the generator's confidence: retrieval can use a likely form that a user should not be shown as the skill's name.
 */
public final class SkillDocuments {

    /** Broader and related skills beyond this many add noise rather than context. */
    private static final int MAX_CONTEXT = 8;

    private SkillDocuments() {
    }

    /** A generated label at the generator's show threshold weighs what the GENERATED source does; never a strong label. */
    private static final double MAX_GENERATED_WEIGHT = 0.75;
    private static final double MIN_GENERATED_WEIGHT = 0.05;

    public static List<SkillDocument> from(Taxonomy taxonomy) {
        return from(taxonomy, HeldOut.NOTHING);
    }

    public static List<SkillDocument> from(Taxonomy taxonomy, HeldOut heldOut) {
        return from(taxonomy, heldOut, GeneratedDutchLabels.shipped());
    }

    public static List<SkillDocument> from(Taxonomy taxonomy, HeldOut heldOut, GeneratedDutchLabels generated) {
        List<SkillDocument> out = new ArrayList<>(taxonomy.skillCount());
        for (int i = 0; i < taxonomy.skillCount(); i++) {
            Skill skill = taxonomy.skillAt(i);
            Map<String, Double> nl = new LinkedHashMap<>();
            Map<String, Double> en = new LinkedHashMap<>();
            for (SourcedLabel label : taxonomy.vocabulary(skill.uri())) {
                if (!heldOut.keepsLabel(i, label.text()) || label.source() == LabelSource.GENERATED) {
                    continue;
                }
                Map<String, Double> target = "nl".equals(label.language().getLanguage()) ? nl : en;
                target.merge(label.text(), label.weight(), Math::max);
            }
            int ordinal = i;
            generated.label(skill.uri()).filter(g -> heldOut.keepsLabel(ordinal, g.text()))
                    .ifPresent(g -> nl.merge(g.text(), generatedWeight(g), Math::max));
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

    /** The GENERATED source weight at the show threshold, scaled by confidence. */
    static double generatedWeight(GeneratedLabel label) {
        double weight = LabelSource.GENERATED.weight() * label.confidence() / GeneratedDutchLabels.SHOW_THRESHOLD;
        return Math.clamp(weight, MIN_GENERATED_WEIGHT, MAX_GENERATED_WEIGHT);
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
