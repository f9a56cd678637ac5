package nl.vaardig.matching.engine;

import static nl.vaardig.matching.testing.Fixtures.TODAY;
import static nl.vaardig.matching.testing.Fixtures.profile;
import static nl.vaardig.matching.testing.Fixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.vaardig.matching.explain.EssentialFit;
import nl.vaardig.matching.explain.SkillLabel;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a person is shown: close vacancies only, else "nothing close yet" with the skills that open most doors. */
class RelevanceGateTest {

    static final OccupationUri NURSE = new OccupationUri("http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50");
    static final OccupationUri CHIMNEY_SWEEP_SUPERVISOR =
            new OccupationUri("http://data.europa.eu/esco/occupation/4305327d-3537-4dfb-a913-bce6614362f1");
    static final SkillUri WORK_IN_TEAMS = new SkillUri("http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0");

    static Taxonomy taxonomy;
    static MatchingEngine engine;

    @BeforeAll
    static void build() {
        taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        engine = MatchingEngine.open(new ByteBuffersDirectory(), SkillGraph.build(taxonomy, MatchWeights.defaults()),
                MatchingEngine.Options.defaults().withRefreshEvery(null)
                        .withClock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        engine.indexVacancy(vacancy(1, "verpleegkundige", skillsOf(NURSE, null)));
        // a trade that shares nothing with nursing but the generic "work in teams"
        engine.indexVacancy(vacancy(2, "voorman schoorsteenveger", skillsOf(CHIMNEY_SWEEP_SUPERVISOR, WORK_IN_TEAMS)));
        engine.refresh();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static List<VacancySkill> skillsOf(OccupationUri occupation, SkillUri extraEssential) {
        var out = new ArrayList<>(VacancySkill.ofOccupation(taxonomy, occupation));
        if (extraEssential != null) {
            out.add(VacancySkill.essential(extraEssential));
        }
        return out;
    }

    static SkillUri[] nursing(int n, SkillUri... more) {
        var out = new ArrayList<>(taxonomy.essentialSkills(NURSE).subList(0, n));
        out.addAll(List.of(more));
        return out.toArray(SkillUri[]::new);
    }

    @Test
    void aNurseSeesTheCareVacancyAndNotATradeThatSharesOnlyAGenericSkill() {
        var p = profile(nursing(3, WORK_IN_TEAMS));
        assertThat(engine.matchVacancies(p, MatchQuery.defaults(), 10)).as("the raw search finds both").hasSize(2);
        VacancyFindings shown = engine.findVacancies(p, MatchQuery.defaults(), 10);
        assertThat(shown.nothingClose()).isFalse();
        assertThat(shown.matches()).extracting(VacancyMatch::vacancy).containsExactly(nl.vaardig.matching.testing.Fixtures.vacancyId(1));
    }

    @Test
    void onlyAGenericSkillInCommonIsNothingCloseYetWithTheSkillsThatOpenMostDoors() {
        VacancyFindings shown = engine.findVacancies(profile(WORK_IN_TEAMS), MatchQuery.defaults(), 10);
        assertThat(shown.matches()).isEmpty();
        assertThat(shown.nothingClose()).isTrue();
        assertThat(shown.doorOpeners()).hasSize(RelevanceGate.DOOR_OPENERS)
                .extracting(SkillLabel::uri).doesNotContain(WORK_IN_TEAMS);
    }

    @Test
    void aSkillSpecificToTheTradeDoesFindTheTrade() {
        var unrelated = taxonomy.essentialSkills(new OccupationUri(
                "http://data.europa.eu/esco/occupation/4305327d-3537-4dfb-a913-bce6614362f1")).getFirst();
        VacancyFindings shown = engine.findVacancies(profile(unrelated), MatchQuery.defaults(), 10);
        assertThat(shown.matches()).extracting(VacancyMatch::vacancy)
                .containsExactly(nl.vaardig.matching.testing.Fixtures.vacancyId(2));
    }

    @Test
    void theReadableFitIsTheShareOfEssentialsCoveredWithPartialCreditCounted() {
        var m = engine.findVacancies(profile(nursing(3)), MatchQuery.defaults(), 10).matches().getFirst();
        EssentialFit fit = m.explanation().essentialFit();
        int essentials = taxonomy.essentialSkills(NURSE).size();
        assertThat(fit.total()).isEqualTo(essentials);
        assertThat(fit.full()).isEqualTo(3);
        assertThat(fit.share()).isGreaterThanOrEqualTo(3.0 / essentials * 0.5).isLessThan(1.0);
        assertThat(fit.percent()).isEqualTo((int) Math.round(fit.share() * 100));
    }
}
