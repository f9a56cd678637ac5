package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.vaardig.taxonomy.model.Taxonomy;
import org.junit.jupiter.api.Test;

class CandidateCountTest {

    @Test
    void theFirstStageIsCutAtTheCandidateCountWhateverTheCallerAsksFor() {
        Taxonomy taxonomy = OccupationContextTest.taxonomy();
        SkillRetrieval platform = SkillRetrieval.shipped(taxonomy).withOccupationContext(OccupationContext.build(taxonomy, 1f));
        String sentence = "Je helpt reizigers aan boord en schenkt dranken.";

        assertThat(platform.candidateCount()).isEqualTo(SkillRetrieval.CANDIDATES);
        assertThat(platform.score(sentence, true, 5)).hasSizeGreaterThan(1);
        SkillRetrieval one = platform.withCandidateCount(1);
        assertThat(one.candidateCount()).isEqualTo(1);
        assertThat(one.score(sentence, true, 5)).hasSize(1)
                .first().extracting(SkillRetrieval.Scored::ordinal).isEqualTo(platform.score(sentence, true, 5).getFirst().ordinal());
        assertThat(one.withoutReranker().withOccupationContext(null).candidateCount()).isEqualTo(1);
    }

    @Test
    void askingForFewerSkillsGivesTheFirstOfTheLongerListWithTheSameScores() {
        Taxonomy taxonomy = OccupationContextTest.taxonomy();
        OccupationContext context = OccupationContext.build(taxonomy, 1f);
        String sentence = "Je helpt reizigers aan boord en schenkt dranken.";
        for (OccupationContext.Candidates which : OccupationContext.Candidates.values()) {
            SkillRetrieval retrieval = SkillRetrieval.shipped(taxonomy).withOccupationContext(context.withCandidates(which));
            java.util.List<SkillRetrieval.Scored> all = retrieval.score(sentence, true, SkillRetrieval.CANDIDATES);
            assertThat(all).as("%s", which).hasSize(3);
            for (int limit = 1; limit <= all.size(); limit++) {
                // the narrower first stage of a small limit: the same skills, scaled by the same best score
                assertThat(retrieval.score(sentence, true, limit)).as("%s, %d", which, limit).isEqualTo(all.subList(0, limit));
            }
        }
    }

    @Test
    void aCandidateCountBelowOneIsRefused() {
        SkillRetrieval retrieval = SkillRetrieval.shipped(OccupationContextTest.taxonomy());
        assertThatThrownBy(() -> retrieval.withCandidateCount(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
