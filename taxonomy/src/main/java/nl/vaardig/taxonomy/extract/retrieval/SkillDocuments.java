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

    /** What a skill document's context fields hold besides the labels of its broader and related skills. */
    public enum Context {
        /** Broader and related skills only: the eighth round's documents, and what the re-ranker was trained on. */
        RELATED,
        /**
         * Also the sentences of ESCO's occupation descriptions that speak of the skill ({@link OccupationSentences}):
         * the platform's since the ninth round. (Narrower skills' labels were tried too and dropped: a broad skill's
         * narrower labels repeat its name, "Lets" for Latvian, and a Dutch "let" then retrieved it.)
         */
        WIDE
    }

    /** The platform's documents: every skill, nothing held out, the shipped generated labels, {@link Context#WIDE}. */
    public static List<SkillDocument> from(Taxonomy taxonomy) {
        return from(taxonomy, HeldOut.NOTHING, GeneratedDutchLabels.shipped(), Context.WIDE);
    }

    /** The documents the re-ranker trains over ({@link Context#RELATED}). */
    public static List<SkillDocument> from(Taxonomy taxonomy, HeldOut heldOut) {
        return from(taxonomy, heldOut, GeneratedDutchLabels.shipped());
    }

    public static List<SkillDocument> from(Taxonomy taxonomy, HeldOut heldOut, GeneratedDutchLabels generated) {
        return from(taxonomy, heldOut, generated, Context.RELATED);
    }

    public static List<SkillDocument> from(Taxonomy taxonomy, HeldOut heldOut, GeneratedDutchLabels generated,
                                           Context context) {
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
        return context == Context.WIDE ? withOccupationSentences(taxonomy, out) : out;
    }

    /** The documents with each skill's sentences of ESCO's occupation descriptions added to its context fields. */
    private static List<SkillDocument> withOccupationSentences(Taxonomy taxonomy, List<SkillDocument> documents) {
        return withOccupationSentences(documents, OccupationSentences.link(taxonomy, SkillTerms.of(documents, false)));
    }

    /** {@link Context#RELATED} documents with these occupation sentences added ({@link Context#WIDE}). */
    static List<SkillDocument> withOccupationSentences(List<SkillDocument> documents, OccupationSentences.Linked linked) {
        List<SkillDocument> out = new ArrayList<>(documents.size());
        for (SkillDocument d : documents) {
            List<String> dutch = linked.dutch()[d.ordinal()];
            List<String> english = linked.english()[d.ordinal()];
            if (dutch == null && english == null) {
                out.add(d);
                continue;
            }
            List<String> contextNl = new ArrayList<>(d.contextNl());
            List<String> contextEn = new ArrayList<>(d.contextEn());
            contextNl.addAll(dutch == null ? List.of() : dutch);
            contextEn.addAll(english == null ? List.of() : english);
            out.add(new SkillDocument(d.ordinal(), d.uri(), d.labelsNl(), d.labelsEn(), d.descriptionNl(),
                    d.descriptionEn(), contextNl, contextEn, d.specificity()));
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
