package nl.vaardig.taxonomy.extract.retrieval;

import java.util.List;
import nl.vaardig.taxonomy.dutch.GeneratedDutchLabels;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * What every "choose a retrieval setting on ESCO pseudo-queries" runner starts from: the shipped taxonomy, its
 * pseudo-queries ({@link PseudoQueries}, seed and share), the skill documents with those queries' own wording held out
 * (so a query never finds its source text), the occupation documents and the platform's occupation context.
 */
record HeldOutPseudoQuerySetup(
        Taxonomy taxonomy,
        PseudoQueries.Generated generated,
        List<SkillDocument> skills,
        List<SkillDocument> occupations,
        OccupationContext context) {

    static HeldOutPseudoQuerySetup load(long seed, double share) {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        PseudoQueries.Generated generated = PseudoQueries.generate(taxonomy, seed, share);
        List<SkillDocument> skills = SkillDocuments.from(taxonomy, generated.heldOut(), GeneratedDutchLabels.shipped(),
                SkillDocuments.Context.WIDE);
        return new HeldOutPseudoQuerySetup(taxonomy, generated, skills, OccupationContext.documents(taxonomy),
                OccupationContext.build(taxonomy, SkillRetrieval.OCCUPATION_LIFT));
    }

    List<SkillDocument> sentencePairs() {
        return SkillRetrieval.sentencePairs(skills, occupations);
    }
}
