package nl.vaardig.taxonomy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The parts of {@link Taxonomy.Builder} resolve together and each reports what it leaves out, in a fixed order. */
class TaxonomyBuilderTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final String ESCO = "http://data.europa.eu/esco/";
    private static final SkillUri PLAN = new SkillUri(ESCO + "skill/plan");
    private static final SkillUri SCHEDULE = new SkillUri(ESCO + "skill/schedule");
    private static final SkillUri NAMELESS = new SkillUri(ESCO + "skill/nameless");
    private static final SkillUri GONE = new SkillUri(ESCO + "skill/gone");
    private static final OccupationUri PLANNER = new OccupationUri(ESCO + "occupation/planner");
    private static final OccupationUri CLERK = new OccupationUri(ESCO + "occupation/clerk");
    private static final SkillGroupUri ORGANISING = new SkillGroupUri(ESCO + "skill/organising");
    private static final IscoGroupUri ISCO_4 = new IscoGroupUri(ESCO + "isco/C4");
    private static final IscoGroupUri ISCO_4321 = new IscoGroupUri(ESCO + "isco/C4321");

    @Test
    void conceptsLabelsAndRelationsResolveIntoOneTaxonomy() {
        Taxonomy t = small().build();

        assertThat(t.skills()).extracting(Skill::uri).containsExactly(PLAN, SCHEDULE);
        assertThat(t.skill(PLAN).orElseThrow().in(EscoCollection.DIGITAL)).isTrue();
        assertThat(t.label(PLAN, Locale.of("nl")).orElseThrow().text()).isEqualTo("plannen");
        assertThat(t.vocabulary(PLAN)).extracting(SourcedLabel::text).contains("plan", "plannen", "draw up plans");
        assertThat(t.skillsOf(PLANNER)).containsExactly(new LinkedSkill(PLAN, RelationType.ESSENTIAL),
                new LinkedSkill(SCHEDULE, RelationType.OPTIONAL));
        assertThat(t.occupationsRequiring(PLAN, RelationType.ESSENTIAL)).containsExactly(PLANNER);
        assertThat(t.relatedSkills(PLAN)).containsExactly(new LinkedSkill(SCHEDULE, RelationType.OPTIONAL));
        assertThat(t.broaderSkills(SCHEDULE)).containsExactly(PLAN);
        assertThat(t.ancestorGroups(SCHEDULE)).containsExactly(ORGANISING);
        assertThat(t.broaderOccupations(CLERK)).containsExactly(PLANNER);
        assertThat(t.broaderIscoGroups(PLANNER)).containsExactly(ISCO_4321);
        assertThat(t.broaderIscoGroups(ISCO_4321)).containsExactly(ISCO_4);
        assertThat(t.iscoGroupOf(PLANNER)).map(IscoGroup::uri).contains(ISCO_4321);
        // two occupations, each skill needed by one of them: ln((2 + 1) / (1 + 1))
        assertThat(t.specificity(PLAN)).isCloseTo(Math.log(1.5), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(t.specificity(SCHEDULE)).isCloseTo(Math.log(1.5), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void eachPartReportsWhatItLeavesOutInBuildOrder() {
        Taxonomy t = small()
                .inCollection(EscoCollection.DIGITAL, PLANNER)
                .skill(NAMELESS, SkillType.SKILL_COMPETENCE, ReuseLevel.TRANSVERSAL)
                .labels(GONE, LanguageLabels.of(EN, "gone"))
                .inCollection(EscoCollection.GREEN, GONE)
                .occupationSkill(PLANNER, GONE, RelationType.ESSENTIAL)
                .skillSkill(NAMELESS, PLAN, RelationType.OPTIONAL)
                .broader(PLAN, GONE)
                .broader(PLANNER, PLAN)
                .build();

        assertThat(t.skill(NAMELESS)).isEmpty();
        assertThat(t.integrityIssues()).containsExactly(
                "collection DIGITAL cannot hold OCCUPATION " + PLANNER,
                "labels for an unknown SKILL left out: " + GONE,
                "collection membership of an unknown concept left out: " + GONE,
                "skill without any label left out: " + NAMELESS,
                "occupation-skill relation to an unknown concept left out: " + PLANNER + " -> " + GONE,
                "skill-skill relation to an unknown skill left out: " + NAMELESS + " -> " + PLAN,
                "broader relation to an unknown concept left out: " + PLAN + " -> " + GONE,
                "broader relation between unexpected kinds left out: OCCUPATION " + PLANNER + " -> SKILL " + PLAN);
    }

    private static Taxonomy.Builder small() {
        return Taxonomy.builder(TaxonomyVersion.esco("0.0.1-test"))
                .skill(PLAN, SkillType.SKILL_COMPETENCE, ReuseLevel.TRANSVERSAL)
                .skill(SCHEDULE, SkillType.SKILL_COMPETENCE, ReuseLevel.CROSS_SECTOR)
                .labels(PLAN, new LanguageLabels(EN, "plan", java.util.List.of("draw up plans"), java.util.List.of(), "",
                        LabelProvenance.ESCO_OFFICIAL))
                .labels(PLAN, LanguageLabels.of(Locale.of("nl"), "plannen"))
                .labels(SCHEDULE, LanguageLabels.of(EN, "schedule"))
                .skillGroup(ORGANISING, "S4.1")
                .labels(ORGANISING, LanguageLabels.of(EN, "organising"))
                .occupation(PLANNER, "4321", "4321.1")
                .occupation(CLERK, "4321", "4321.1.1")
                .labels(PLANNER, LanguageLabels.of(EN, "planner"))
                .labels(CLERK, LanguageLabels.of(EN, "clerk"))
                .iscoGroup(ISCO_4, "4")
                .iscoGroup(ISCO_4321, "4321")
                .labels(ISCO_4, LanguageLabels.of(EN, "clerical support workers"))
                .labels(ISCO_4321, LanguageLabels.of(EN, "numerical and material recording clerks"))
                .inCollection(EscoCollection.DIGITAL, PLAN)
                .occupationSkill(PLANNER, PLAN, RelationType.ESSENTIAL)
                .occupationSkill(PLANNER, SCHEDULE, RelationType.OPTIONAL)
                .skillSkill(PLAN, SCHEDULE, RelationType.OPTIONAL)
                .broader(SCHEDULE, PLAN)
                .broader(PLAN, ORGANISING)
                .broader(CLERK, PLANNER)
                .broader(PLANNER, ISCO_4321)
                .broader(ISCO_4321, ISCO_4);
    }
}
