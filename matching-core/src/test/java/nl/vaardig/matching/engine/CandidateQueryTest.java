package nl.vaardig.matching.engine;

import static nl.vaardig.matching.testing.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which skills a vacancy search's candidate query keeps when the profile can earn credit for more than the cap. */
class CandidateQueryTest {

    static final OccupationUri NURSE = RelevanceGateTest.NURSE;
    static final SkillUri WORK_IN_TEAMS = RelevanceGateTest.WORK_IN_TEAMS;
    static final int CAP = 8;

    static Taxonomy taxonomy;
    static SkillGraph graph;
    static MatchingEngine engine;

    @BeforeAll
    static void build() {
        taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        engine = MatchingEngine.open(new ByteBuffersDirectory(), graph,
                MatchingEngine.Options.defaults().withRefreshEvery(null).withMaxQuerySkills(CAP));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static PreparedProfile prepared(SkillUri... skills) {
        return engine.scorer().prepare(profile(skills).skills());
    }

    static SkillUri[] nursingAndTeamwork() {
        var out = new ArrayList<>(taxonomy.essentialSkills(NURSE).subList(0, 3));
        out.add(WORK_IN_TEAMS);
        return out.toArray(SkillUri[]::new);
    }

    static int ordinal(SkillUri uri) {
        return graph.ordinal(uri).orElseThrow();
    }

    @Test
    void everyHeldSkillKeepsItsClauseHoweverGenericEvenWhenStandInsAreMoreSpecific() {
        SkillUri[] held = nursingAndTeamwork();
        PreparedProfile p = prepared(held);
        assertThat(p.creditedSkills().length).as("more credited skills than the cap").isGreaterThan(CAP);
        int[] query = engine.vacancyCandidateTerms(p).skills();
        assertThat(query).hasSize(CAP);
        assertThat(Arrays.stream(query).limit(held.length).allMatch(p::holds)).as("the held skills come first").isTrue();
        assertThat(query).contains(Arrays.stream(held).mapToInt(CandidateQueryTest::ordinal).toArray());
        // the generic skill is below stand-ins on credit × specificity: a cap on that key alone would crowd it out
        double teamwork = p.credit(ordinal(WORK_IN_TEAMS)) * graph.specificity(ordinal(WORK_IN_TEAMS));
        long strongerStandIns = Arrays.stream(p.creditedSkills())
                .filter(s -> !p.holds(s) && p.credit(s) * graph.specificity(s) > teamwork).count();
        assertThat(strongerStandIns).isGreaterThanOrEqualTo(CAP - held.length);
    }

    @Test
    void standInsFollowByTheirRelevanceEstimateHighestFirst() {
        PreparedProfile p = prepared(nursingAndTeamwork());
        MatchingEngine.CandidateTerms terms = engine.vacancyCandidateTerms(p);
        var standInBonus = new ArrayList<Float>();
        for (int i = 0; i < terms.skills().length; i++) {
            if (!p.holds(terms.skills()[i])) {
                standInBonus.add(terms.bonus()[i]);
            }
        }
        assertThat(standInBonus).isNotEmpty().isSortedAccordingTo((a, b) -> Float.compare(b, a));
        // and none left out has a higher estimate than the last one kept
        float lastKept = standInBonus.getLast();
        List<Integer> keptSkills = Arrays.stream(terms.skills()).boxed().toList();
        for (int s : p.creditedSkills()) {
            if (!p.holds(s) && !keptSkills.contains(s)) {
                assertThat((float) engine.scorer().relevanceEstimate(p, s)).isLessThanOrEqualTo(lastKept);
            }
        }
    }

    @Test
    void aProfileWithinTheCapSearchesEverySkillItCanEarnCreditFor() {
        PreparedProfile p = prepared(WORK_IN_TEAMS);
        int[] credited = p.creditedSkills();
        try (var wide = MatchingEngine.open(new ByteBuffersDirectory(), graph,
                MatchingEngine.Options.defaults().withRefreshEvery(null).withMaxQuerySkills(1024))) {
            int[] query = wide.vacancyCandidateTerms(p).skills();
            assertThat(query).containsExactlyInAnyOrder(credited);
        }
    }

    @Test
    void aPeopleSearchKeepsItsDefaultTermsWhateverTheVacancyCapBelowTwiceThem() {
        var requirements = engine.scorer().requirements(nl.vaardig.matching.model.VacancySkill.ofOccupation(taxonomy, NURSE));
        for (int cap : new int[] {CAP, 40, 2 * CandidateQueries.PEOPLE_QUERY_TERMS}) {
            var queries = new CandidateQueries(graph, engine.scorer(), cap, nl.vaardig.matching.index.PostingsBudget.PerKind.NONE);
            var terms = new java.util.HashSet<String>();
            queries.profiles(requirements, MatchQuery.defaults()).visit(new org.apache.lucene.search.QueryVisitor() {
                @Override
                public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                                                                          org.apache.lucene.search.Query parent) {
                    return occur == org.apache.lucene.search.BooleanClause.Occur.FILTER ? EMPTY_VISITOR : this;
                }

                @Override
                public void visitLeaf(org.apache.lucene.search.Query q) {
                    if (q instanceof nl.vaardig.matching.index.SkillQuery) {
                        terms.add(q.toString());
                    }
                }
            });
            assertThat(terms).as("clauses at vacancy cap " + cap).hasSize(2 * CandidateQueries.PEOPLE_QUERY_TERMS);
        }
    }

    @Test
    void aPeopleSearchBudgetsATermsTwoClausesTogetherAndAVacancySearchEachClauseAlone() {
        var queries = new CandidateQueries(graph, engine.scorer(), CAP, nl.vaardig.matching.index.PostingsBudget.PerKind.DEFAULT);
        var requirements = engine.scorer().requirements(nl.vaardig.matching.model.VacancySkill.ofOccupation(taxonomy, NURSE));
        var people = (nl.vaardig.matching.index.PostingsBudget) queries.profiles(requirements, MatchQuery.defaults());
        assertThat(people.groups()).hasSize(CandidateQueries.PEOPLE_QUERY_TERMS).allSatisfy(g -> {
            assertThat(g).hasSize(2);
            assertThat(g.get(0).term().text()).isEqualTo(g.get(1).term().text());
            assertThat(g.get(0).term().field()).isNotEqualTo(g.get(1).term().field());
        });
        var vacancies = (nl.vaardig.matching.index.PostingsBudget) queries.vacancies(prepared(nursingAndTeamwork()), MatchQuery.defaults());
        assertThat(vacancies.groups()).hasSize(CAP).allSatisfy(g -> assertThat(g).hasSize(1));
    }

    @Test
    void aPeopleSearchHasTheTermsTheEngineOptionAsksTheStrongestFirst() {
        var requirements = engine.scorer().requirements(nl.vaardig.matching.model.VacancySkill.ofOccupation(taxonomy, NURSE));
        var none = nl.vaardig.matching.index.PostingsBudget.PerKind.NONE;
        var wide = (nl.vaardig.matching.index.PostingsBudget) new CandidateQueries(graph, engine.scorer(), CAP, 32, none)
                .profiles(requirements, MatchQuery.defaults());
        for (int terms : new int[] {16, 24}) {
            var narrow = (nl.vaardig.matching.index.PostingsBudget) new CandidateQueries(graph, engine.scorer(), CAP, terms, none)
                    .profiles(requirements, MatchQuery.defaults());
            assertThat(narrow.groups()).as("terms " + terms).hasSize(terms);
            // the same strongest terms as the wider query's first ones (stand-ins by weight)
            assertThat(narrow.groups()).isEqualTo(wide.groups().subList(0, terms));
        }
        assertThat(MatchingEngine.Options.defaults().withPeopleQueryTerms(24).peopleQueryTerms()).isEqualTo(24);
        assertThat(MatchingEngine.Options.defaults().peopleQueryTerms()).isEqualTo(CandidateQueries.PEOPLE_QUERY_TERMS);
    }

    @Test
    void eachKindOfSearchIsBudgetedByItsOwnLimits() {
        var vacancyLimits = new nl.vaardig.matching.index.PostingsBudget.Limits(0.3, 0.2, 0);
        var peopleLimits = new nl.vaardig.matching.index.PostingsBudget.Limits(0.4, 0.1, 0);
        var queries = new CandidateQueries(graph, engine.scorer(), CAP,
                new nl.vaardig.matching.index.PostingsBudget.PerKind(vacancyLimits, peopleLimits));
        var requirements = engine.scorer().requirements(nl.vaardig.matching.model.VacancySkill.ofOccupation(taxonomy, NURSE));
        var people = (nl.vaardig.matching.index.PostingsBudget) queries.profiles(requirements, MatchQuery.defaults());
        var vacancies = (nl.vaardig.matching.index.PostingsBudget) queries.vacancies(prepared(nursingAndTeamwork()), MatchQuery.defaults());
        assertThat(people.limits()).isEqualTo(peopleLimits);
        assertThat(vacancies.limits()).isEqualTo(vacancyLimits);
    }
}
