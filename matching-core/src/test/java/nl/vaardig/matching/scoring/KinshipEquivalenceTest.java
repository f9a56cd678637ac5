package nl.vaardig.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Skill-group kinship tested on the fly ({@link SkillKinship}) must match the graph that stored every group sibling
 * as a link: on the shipped ESCO graph, every pair's credit and kind, and for random profile × vacancy pairs the score,
 * coverage, explanation and candidate-search estimate, with full and with restricted loads.
 */
class KinshipEquivalenceTest {

    private static Taxonomy taxonomy;
    private static SkillGraph linked;
    private static SkillGraph onTheFly;

    @BeforeAll
    static void graphs() {
        taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        linked = SkillGraph.buildWithKinshipLinks(taxonomy, MatchWeights.defaults());
        onTheFly = SkillGraph.build(taxonomy, MatchWeights.defaults());
    }

    @Test
    void everyPairEarnsTheCreditAndKindOfItsFormerLink() {
        int kin = 0;
        int links = 0;
        for (int t = 0; t < taxonomy.skillCount(); t++) {
            SkillGraph.Links before = linked.covers(t);
            for (int i = 0; i < before.size(); i++) {
                int s = before.skill()[i];
                assertThat(onTheFly.credit(t, s)).as("credit %d -> %d", t, s).isEqualTo(before.credit()[i]);
                boolean stored = contains(onTheFly.covers(t), s);
                assertThat(stored).as("stored link %d -> %d", t, s).isEqualTo(before.kindAt(i) != RelationKind.GROUP_SIBLING);
                kin += stored ? 0 : 1;
                links += stored ? 1 : 0;
            }
            // and nothing more: every stored link was a link before
            assertThat(onTheFly.covers(t).size()).isLessThanOrEqualTo(before.size());
        }
        assertThat(kin).as("group-sibling pairs now tested on the fly").isGreaterThan(links);
        assertThat(onTheFly.kinship().memberships()).isLessThan(kin / 10);
    }

    @Test
    void scoresExplanationsAndEstimatesAreThoseOfTheLinkedGraph() {
        var before = new MatchScorer(linked);
        var now = new MatchScorer(onTheFly);
        var random = new Random(1414);
        PreparedProfile pb = before.prepare(List.of());
        PreparedProfile pn = now.prepare(List.of());
        PreparedProfile restricted = now.prepare(List.of());
        int kinExplained = 0;
        for (int round = 0; round < 30; round++) {
            Occupation job = taxonomy.occupationAt(random.nextInt(taxonomy.occupationCount()));
            List<VacancySkill> vacancy = vacancy(job);
            if (vacancy.isEmpty()) {
                continue;
            }
            Requirements rb = before.requirements(vacancy);
            Requirements rn = now.requirements(vacancy);
            for (int c = 0; c < 10; c++) {
                List<ProfileSkill> profile = profile(job, random);
                before.prepareInto(pb, before.heldSkills(profile));
                HeldSkills held = now.heldSkills(profile);
                now.prepareInto(pn, held);
                now.prepareInto(restricted, held, rn);
                assertThat(now.score(pn, rn)).isEqualTo(before.score(pb, rb));
                assertThat(now.score(restricted, rn)).isEqualTo(before.score(pb, rb));
                assertThat(now.coverage(pn, rn)).isEqualTo(before.coverage(pb, rb));
                var explained = before.explain(pb, rb, Locale.of("nl"));
                assertThat(now.explain(pn, rn, Locale.of("nl"))).isEqualTo(explained);
                assertThat(now.explain(restricted, rn, Locale.of("nl"))).isEqualTo(explained);
                kinExplained += (int) explained.requirements().stream().filter(r -> r.relation() == RelationKind.GROUP_SIBLING).count();
                assertThat(pn.creditedSkills()).containsExactlyInAnyOrder(pb.creditedSkills());
                for (int s : pb.creditedSkills()) {
                    assertThat(pn.credit(s)).isEqualTo(pb.credit(s));
                    assertThat(now.relevanceEstimate(pn, s)).isEqualTo(before.relevanceEstimate(pb, s));
                }
            }
        }
        assertThat(kinExplained).as("requirements explained by kinship").isGreaterThan(50);
    }

    private static boolean contains(SkillGraph.Links links, int skill) {
        for (int s : links.skill()) {
            if (s == skill) {
                return true;
            }
        }
        return false;
    }

    private static List<VacancySkill> vacancy(Occupation job) {
        var out = new ArrayList<VacancySkill>();
        taxonomy.essentialSkills(job.uri()).forEach(s -> out.add(VacancySkill.essential(s)));
        taxonomy.optionalSkills(job.uri()).stream().limit(6).forEach(s -> out.add(VacancySkill.optional(s)));
        return out;
    }

    /** Some of the job's skills, group siblings of others, another job's skills and a few at random. */
    private static List<ProfileSkill> profile(Occupation job, Random random) {
        var skills = new LinkedHashSet<SkillUri>();
        for (SkillUri s : taxonomy.essentialSkills(job.uri())) {
            int pick = random.nextInt(3);
            if (pick == 0) {
                skills.add(s);
            } else if (pick == 1) {
                for (var group : taxonomy.broaderGroups(s)) {
                    List<SkillUri> members = taxonomy.skillsDirectlyIn(group);
                    skills.add(members.get(random.nextInt(members.size())));
                }
            }
        }
        Occupation other = taxonomy.occupationAt(random.nextInt(taxonomy.occupationCount()));
        taxonomy.essentialSkills(other.uri()).stream().limit(6).forEach(skills::add);
        for (int i = 0; i < 4; i++) {
            skills.add(taxonomy.skillAt(random.nextInt(taxonomy.skillCount())).uri());
        }
        return skills.stream().map(ProfileSkill::fromWork).toList();
    }
}
