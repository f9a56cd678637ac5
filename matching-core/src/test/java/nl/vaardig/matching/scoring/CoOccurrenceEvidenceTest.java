package nl.vaardig.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.explain.ProfileSkillUse;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.SkillType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import org.junit.jupiter.api.Test;

/**
 * The co-occurrence part of the evidence: a held skill that the occupations asking a vacancy's skill also ask (here
 * wound care, asked beside nursing care by three care occupations) explains part of the person for that vacancy,
 * in proportion to its learnt share, never more than the skill asked as such, and with exact explanations.
 */
class CoOccurrenceEvidenceTest {

    static final SkillUri NURSING = skill("nursing-care");
    static final SkillUri WOUNDS = skill("wound-care");
    static final SkillUri HYGIENE = skill("hygiene");
    static final SkillUri WELDING = skill("welding");
    static final SkillUri CUTTING = skill("metal-cutting");

    static Taxonomy taxonomy() {
        var b = Taxonomy.builder(TaxonomyVersion.esco("0.0.1-test"));
        for (SkillUri s : List.of(NURSING, WOUNDS, HYGIENE, WELDING, CUTTING)) {
            b.skill(s, SkillType.SKILL_COMPETENCE, ReuseLevel.SECTOR_SPECIFIC).labels(s, LanguageLabels.of(Locale.ENGLISH, s.value()));
        }
        occupation(b, "nurse", "2221", NURSING, WOUNDS, HYGIENE);
        occupation(b, "home-carer", "5322", NURSING, WOUNDS);
        occupation(b, "midwife", "2222", NURSING, WOUNDS, HYGIENE);
        occupation(b, "welder", "7212", WELDING, CUTTING);
        return b.build();
    }

    private static void occupation(Taxonomy.Builder b, String name, String isco, SkillUri... skills) {
        var uri = new OccupationUri("http://example.org/test/occupation/" + name);
        b.occupation(uri, isco, isco + ".1").labels(uri, LanguageLabels.of(Locale.ENGLISH, name));
        for (SkillUri s : skills) {
            b.occupationSkill(uri, s, RelationType.ESSENTIAL);
        }
    }

    private static SkillUri skill(String name) {
        return new SkillUri("http://example.org/test/skill/" + name);
    }

    private static EvidenceWeights weights(double coOccurrence) {
        return new EvidenceWeights(0.3, 0.3, coOccurrence, 0.4 - coOccurrence, 0.2, 0.5, 1.5, 0.9, 0.02);
    }

    private static MatchScorer scorer(double coOccurrence) {
        return new MatchScorer(SkillGraph.build(taxonomy(), MatchWeights.defaults(), weights(coOccurrence)));
    }

    private static final List<ProfileSkill> WOUND_CARER_AND_WELDER =
            List.of(ProfileSkill.fromWork(WOUNDS), ProfileSkill.fromWork(WELDING));
    private static final List<VacancySkill> CARE_VACANCY = List.of(VacancySkill.essential(NURSING));

    private static double woundCarePoints(MatchScorer scorer) {
        Explanation e = scorer.explain(scorer.prepare(WOUND_CARER_AND_WELDER), scorer.requirements(CARE_VACANCY), Locale.ENGLISH);
        return e.profileUse().stream().filter(u -> u.skill().uri().equals(WOUNDS))
                .mapToDouble(ProfileSkillUse::points).sum();
    }

    @Test
    void aSkillThatOccupationsAskBesideTheVacancysSkillExplainsPartOfThePerson() {
        assertThat(woundCarePoints(scorer(0))).isZero();
        assertThat(woundCarePoints(scorer(0.1))).isPositive();
        assertThat(woundCarePoints(scorer(0.2))).isGreaterThan(woundCarePoints(scorer(0.1)));
    }

    @Test
    void aCoOccurringSkillNeverCountsMoreThanTheSkillAskedAsSuch() {
        MatchScorer scorer = scorer(0.35);
        var asked = scorer.score(scorer.prepare(WOUND_CARER_AND_WELDER), scorer.requirements(List.of(VacancySkill.essential(WOUNDS))));
        var coOccurring = scorer.score(scorer.prepare(WOUND_CARER_AND_WELDER), scorer.requirements(CARE_VACANCY));
        assertThat(coOccurring).isLessThan(asked);
    }

    @Test
    void theExplanationsPartsStillAddUpToTheScore() {
        MatchScorer scorer = scorer(0.2);
        PreparedProfile p = scorer.prepare(WOUND_CARER_AND_WELDER);
        Requirements r = scorer.requirements(CARE_VACANCY);
        Explanation e = scorer.explain(p, r, Locale.ENGLISH);
        double parts = e.requirements().stream().mapToDouble(c -> c.points()).sum()
                + e.profileUse().stream().mapToDouble(ProfileSkillUse::points).sum();
        assertThat(parts).isEqualTo(scorer.score(p, r));
        assertThat(e.score()).isEqualTo(scorer.score(p, r));
    }
}
