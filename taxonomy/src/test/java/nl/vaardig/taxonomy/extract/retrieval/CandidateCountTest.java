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
    void aCandidateCountBelowOneIsRefused() {
        SkillRetrieval retrieval = SkillRetrieval.shipped(OccupationContextTest.taxonomy());
        assertThatThrownBy(() -> retrieval.withCandidateCount(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
