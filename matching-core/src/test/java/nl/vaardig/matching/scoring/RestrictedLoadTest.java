package nl.vaardig.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.index.ProfileDocuments;
import nl.vaardig.matching.index.VarInts;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * Searching people expands each candidate only toward the vacancy's skills ({@link MatchScorer#prepareInto(
 * PreparedProfile, HeldSkills, Requirements)}); on the shipped ESCO graph, with its skill-group kinship, the score,
 * coverage and explanation must be those of the full expansion, also when one scratch instance alternates between both.
 */
class RestrictedLoadTest {

    private static final Taxonomy TAXONOMY = EscoTaxonomyLoader.shipped().taxonomy();
    private static final MatchScorer SCORER = new MatchScorer(SkillGraph.build(TAXONOMY, MatchWeights.defaults()));

    @Test
    void restrictedExpansionScoresAndExplainsLikeTheFullOne() {
        Taxonomy taxonomy = TAXONOMY;
        var scorer = SCORER;
        var random = new Random(14);
        PreparedProfile full = scorer.prepare(List.of());
        PreparedProfile scratch = scorer.prepare(List.of());
        int compared = 0;
        for (int round = 0; round < 40; round++) {
            Occupation job = taxonomy.occupationAt(random.nextInt(taxonomy.occupationCount()));
            Requirements r = scorer.requirements(vacancy(taxonomy, job));
            for (int c = 0; c < 10; c++) {
                HeldSkills held = scorer.heldSkills(profile(taxonomy, random));
                scorer.prepareInto(full, held);
                scorer.prepareInto(scratch, held, r);
                assertThat(scorer.score(scratch, r)).isEqualTo(scorer.score(full, r));
                assertThat(scorer.coverage(scratch, r)).isEqualTo(scorer.coverage(full, r));
                assertThat(scorer.explain(scratch, r, Locale.of("nl"))).isEqualTo(scorer.explain(full, r, Locale.of("nl")));
                if (scorer.score(full, r) > 0) {
                    compared++;
                }
                // the same instance loaded in full afterwards must not keep the restriction
                scorer.prepareInto(scratch, held);
                assertThat(scratch.creditedSkills()).containsExactlyInAnyOrder(full.creditedSkills());
            }
        }
        assertThat(compared).as("profiles scoring above zero").isGreaterThan(100);
    }

    /**
     * The per-search lists of links and evidence toward the vacancy's skills, and the evidence cap remembered per skill:
     * candidates holding the same skills with other levels, evidence and self-assessments (other holder factors), read
     * from stored ordinals as the candidate search does, against vacancies that ask a skill twice, one vacancy after
     * the other on one scratch instance.
     */
    @Test
    void restrictedExpansionMatchesTheFullOneForOtherHolderFactorsAndRepeatedSkills() {
        var random = new Random(1414);
        PreparedProfile full = SCORER.prepare(List.of());
        PreparedProfile scratch = SCORER.prepare(List.of());
        int compared = 0;
        for (int round = 0; round < 30; round++) {
            Occupation job = TAXONOMY.occupationAt(random.nextInt(TAXONOMY.occupationCount()));
            var asked = new ArrayList<>(vacancy(TAXONOMY, job));
            asked.add(VacancySkill.optional(asked.get(0).skill())); // asked twice
            Requirements r = SCORER.requirements(asked);
            List<SkillUri> skills = profile(TAXONOMY, random).stream().map(ProfileSkill::skill).toList();
            for (int c = 0; c < 8; c++) {
                int[] packed = packed(skills, random);
                HeldSkills held = ProfileDocuments.heldSkills(packed, SCORER.graph().weights());
                assertThat(held).isEqualTo(SCORER.heldSkills(ProfileDocuments.skills(packed, SCORER.graph())));
                SCORER.prepareInto(full, held);
                SCORER.prepareInto(scratch, held, r);
                assertThat(SCORER.score(scratch, r)).isEqualTo(SCORER.score(full, r));
                assertThat(SCORER.explain(scratch, r, Locale.of("en"))).isEqualTo(SCORER.explain(full, r, Locale.of("en")));
                if (SCORER.score(full, r) > 0) {
                    compared++;
                }
            }
        }
        assertThat(compared).as("profiles scoring above zero").isGreaterThan(100);
    }

    /** A stored profile's skills field: ordinal, level, evidence, self-assessment bits, chosen at random per skill. */
    private static int[] packed(List<SkillUri> skills, Random random) {
        SelfAssessment[] assessments = {SelfAssessment.DOES_IT, SelfAssessment.CAN_DO_IT, SelfAssessment.WANTS_TO_LEARN};
        var out = new ArrayList<ProfileSkill>();
        for (SkillUri s : skills) {
            out.add(new ProfileSkill(s, ProficiencyLevel.values()[random.nextInt(ProficiencyLevel.values().length)],
                    EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)],
                    assessments[random.nextInt(assessments.length)]));
        }
        Profile p = Profile.anonymous(out);
        var doc = ProfileDocuments.toDocument(p, SCORER.graph());
        return VarInts.decode(doc.getBinaryValue(Fields.PROFILE_SKILLS));
    }

    private static List<VacancySkill> vacancy(Taxonomy taxonomy, Occupation job) {
        var out = new ArrayList<VacancySkill>();
        taxonomy.essentialSkills(job.uri()).forEach(s -> out.add(VacancySkill.essential(s)));
        taxonomy.optionalSkills(job.uri()).stream().limit(5).forEach(s -> out.add(VacancySkill.optional(s)));
        return out;
    }

    /** Most of another occupation's skills plus a few at random: kin, stand-ins and misses all occur. */
    private static List<ProfileSkill> profile(Taxonomy taxonomy, Random random) {
        Occupation other = taxonomy.occupationAt(random.nextInt(taxonomy.occupationCount()));
        var skills = new java.util.LinkedHashSet<SkillUri>(taxonomy.essentialSkills(other.uri()));
        for (int i = 0; i < 8; i++) {
            skills.add(taxonomy.skillAt(random.nextInt(taxonomy.skillCount())).uri());
        }
        return skills.stream().map(ProfileSkill::fromWork).toList();
    }
}
