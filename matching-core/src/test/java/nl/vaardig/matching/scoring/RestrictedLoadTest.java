package nl.vaardig.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.vaardig.matching.model.ProfileSkill;
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

    @Test
    void restrictedExpansionScoresAndExplainsLikeTheFullOne() {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        var scorer = new MatchScorer(SkillGraph.build(taxonomy, MatchWeights.defaults()));
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
