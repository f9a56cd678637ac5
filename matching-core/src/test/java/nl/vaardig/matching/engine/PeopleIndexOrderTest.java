package nl.vaardig.matching.engine;

import static nl.vaardig.matching.model.VacancySkill.essential;
import static nl.vaardig.matching.testing.Fixtures.AMSTERDAM;
import static nl.vaardig.matching.testing.Fixtures.GROOT_AMSTERDAM;
import static nl.vaardig.matching.testing.TinyTaxonomy.JAVA;
import static nl.vaardig.matching.testing.TinyTaxonomy.PROGRAMMING;
import static nl.vaardig.matching.testing.TinyTaxonomy.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.demo.SeasonalPattern;
import nl.vaardig.matching.explain.RequirementCredit;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.RelationKind;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.matching.testing.Fixtures;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A person's explanation in an employer's candidate list does not depend on the order in which their skills reached
 * the people index: the platform reads a profile's skills in one order when it indexes newly seeded profiles and in
 * another when it rebuilds the index at a restart (the database returns a profile's skill rows in no set order).
 * The index keeps a profile's skills in skill URI order, so the relevance parts come in that order and a tie between
 * two held skills for a requirement goes to the first in it.
 */
class PeopleIndexOrderTest {

    @Test
    void candidateListsAreTheSameWhicheverOrderTheSkillsCameInAndAfterReopeningTheIndex() {
        var taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        var graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        var generator = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), 16);
        List<Profile> profiles = new ArrayList<>();
        generator.profiles(1_500).forEachRemaining(profiles::add);
        List<Vacancy> vacancies = new ArrayList<>();
        generator.vacancies(30, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), SeasonalPattern.dutchDefault())
                .forEachRemaining(vacancies::add);
        var random = new Random(16);

        // as first read: the generated order; as read at a restart: shuffled, indexed, committed and opened again
        List<List<CandidateMatch>> fresh = candidateLists(graph, profiles, vacancies, p -> p, false);
        List<List<CandidateMatch>> restarted = candidateLists(graph, profiles, vacancies,
                p -> withSkills(p, shuffled(p.skills(), random)), true);

        assertThat(fresh).allSatisfy(list -> assertThat(list).isNotEmpty());
        assertThat(restarted).isEqualTo(fresh);
    }

    @Test
    void aTieBetweenTwoHeldSkillsGoesToTheFirstInSkillUriOrder() {
        var graph = GoldenRankingTest.GRAPH;
        var vacancy = new Vacancy(Fixtures.vacancyId(1), "programmer", null, GROOT_AMSTERDAM, AMSTERDAM,
                new HoursPerWeek(32, 40), ContractType.PERMANENT, new IscoCode("2512"), Fixtures.TODAY,
                new ValidityPeriod(Fixtures.TODAY, Fixtures.TODAY.plusDays(30)), List.of(essential(PROGRAMMING)), true);
        var javaFirst = Fixtures.storedProfile(1, GROOT_AMSTERDAM, AMSTERDAM, JAVA, PYTHON);
        var pythonFirst = withSkills(javaFirst, List.copyOf(javaFirst.skills().reversed()));

        RequirementCredit a = onlyCandidate(graph, javaFirst, vacancy).explanation().requirements().getFirst();
        RequirementCredit b = onlyCandidate(graph, pythonFirst, vacancy).explanation().requirements().getFirst();

        // Java and Python both stand in for programming, with the same credit
        assertThat(a.relation()).isEqualTo(RelationKind.NARROWER_HELD);
        assertThat(JAVA.value()).isLessThan(PYTHON.value());
        assertThat(a.standIn().uri()).isEqualTo(JAVA);
        assertThat(b).isEqualTo(a);
    }

    private static CandidateMatch onlyCandidate(SkillGraph graph, Profile profile, Vacancy vacancy) {
        List<List<CandidateMatch>> lists = candidateLists(graph, List.of(profile), List.of(vacancy), p -> p, false);
        assertThat(lists.getFirst()).hasSize(1);
        return lists.getFirst().getFirst();
    }

    private static List<List<CandidateMatch>> candidateLists(SkillGraph graph, List<Profile> profiles,
                                                             List<Vacancy> vacancies, UnaryOperator<Profile> asRead,
                                                             boolean reopen) {
        var directory = new ByteBuffersDirectory();
        var options = MatchingEngine.Options.defaults().withRefreshEvery(null);
        MatchingEngine engine = MatchingEngine.open(directory, graph, options);
        try {
            profiles.forEach(p -> engine.indexProfile(asRead.apply(p)));
            if (reopen) {
                engine.commit();
                engine.close();
                try (MatchingEngine reopened = MatchingEngine.open(directory, graph, options)) {
                    return search(reopened, vacancies);
                }
            }
            engine.refresh();
            return search(engine, vacancies);
        } finally {
            if (!reopen) {
                engine.close();
            }
        }
    }

    private static List<List<CandidateMatch>> search(MatchingEngine engine, List<Vacancy> vacancies) {
        return vacancies.stream().map(v -> engine.matchCandidates(v,
                MatchQuery.defaults().inLanguage(Locale.of("nl")), 20)).toList();
    }

    private static List<ProfileSkill> shuffled(List<ProfileSkill> skills, Random random) {
        var out = new ArrayList<>(skills);
        Collections.shuffle(out, random);
        return out;
    }

    private static Profile withSkills(Profile p, List<ProfileSkill> skills) {
        return new Profile(p.id(), skills, p.wantsToLearn(),
                p.region(), p.home(), p.availability(), p.occupation(),
                p.synthetic());
    }
}
