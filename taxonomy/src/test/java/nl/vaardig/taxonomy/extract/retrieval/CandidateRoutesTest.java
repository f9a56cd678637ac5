package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The re-ranker's candidates are the platform's, and their features say which route reached each. */
class CandidateRoutesTest {

    private static final int OWN_SHARE = CandidateFeatures.NAMES.indexOf("retrieval-share-before-lift");
    private static final int LIFT = CandidateFeatures.NAMES.indexOf("occupation-lift");
    private static final int OCCUPATIONS_ONLY = CandidateFeatures.NAMES.indexOf("occupations-only");
    private static final int COVER_VS_BEST = CandidateFeatures.NAMES.indexOf("label-cover-vs-best");

    private static int at(Taxonomy taxonomy, SkillRetrieval.Candidates candidates, SkillUri skill) {
        int ordinal = taxonomy.skillOrdinal(skill).orElseThrow();
        for (int i = 0; i < candidates.hits().size(); i++) {
            if (candidates.hits().get(i).ordinal() == ordinal) {
                return i;
            }
        }
        throw new AssertionError(skill + " is not a candidate");
    }

    @Test
    void aSkillOnlyTheSentencesOccupationsListIsMarkedAsSuch() {
        Taxonomy taxonomy = OccupationContextTest.taxonomy();
        SkillRetrieval lifted = SkillRetrieval.shipped(taxonomy).withOccupationContext(OccupationContext.build(taxonomy, 1f));

        SkillRetrieval.Candidates candidates = lifted.candidates("Je helpt reizigers aan boord.", true, null);

        // serving drinks: no word reaches it, cabin crew lists it as optional (half an essential skill)
        double[] drinks = candidates.features()[at(taxonomy, candidates, OccupationContextTest.SERVE_DRINKS)];
        assertThat(drinks[OCCUPATIONS_ONLY]).isEqualTo(1.0);
        assertThat(drinks[OWN_SHARE]).isZero();
        assertThat(drinks[LIFT]).isCloseTo(0.5, Offset.offset(1e-6));
        // assisting passengers: reached by its label words, and listed as essential too
        double[] passengers = candidates.features()[at(taxonomy, candidates, OccupationContextTest.ASSIST_PASSENGERS)];
        assertThat(passengers[OCCUPATIONS_ONLY]).isZero();
        assertThat(passengers[OWN_SHARE]).isEqualTo(1.0);
        assertThat(passengers[LIFT]).isCloseTo(1.0, Offset.offset(1e-6));
        assertThat(passengers[COVER_VS_BEST]).isEqualTo(1.0);
    }

    @Test
    void theCandidatesAreThoseThePlatformRetrievesInItsOrder() {
        Taxonomy taxonomy = OccupationContextTest.taxonomy();
        SkillRetrieval lifted = SkillRetrieval.shipped(taxonomy).withOccupationContext(OccupationContext.build(taxonomy, 1f));

        for (String sentence : List.of("Je helpt reizigers aan boord.", "Je helpt bewoners bij het wassen en aankleden.",
                "Je kunt passagiers helpen.")) {
            List<Integer> retrieved = lifted.score(sentence, true, SkillRetrieval.CANDIDATES).stream()
                    .map(SkillRetrieval.Scored::ordinal).toList();
            List<Integer> candidates = lifted.candidates(sentence, true, null).hits().stream()
                    .map(SkillRetriever.Hit::ordinal).toList();
            assertThat(candidates).isEqualTo(retrieved);
        }
    }

    @Test
    void withoutOccupationsACandidatesRouteIsItsRetrievalScoreAlone() {
        Taxonomy taxonomy = OccupationContextTest.taxonomy();
        SkillRetrieval plain = SkillRetrieval.shipped(taxonomy);

        SkillRetrieval.Candidates candidates = plain.candidates("Je helpt bewoners bij het wassen en aankleden.", true, null);

        assertThat(candidates.hits()).isNotEmpty();
        for (double[] f : candidates.features()) {
            assertThat(f).hasSize(CandidateFeatures.NAMES.size());
            assertThat(f[LIFT]).isZero();
            assertThat(f[OCCUPATIONS_ONLY]).isZero();
            assertThat(f[OWN_SHARE]).isCloseTo(f[0], Offset.offset(1e-6));
        }
    }

    @Test
    void reRankedScoresKeepTheScaleOfTheRetrievalOrder() {
        Taxonomy taxonomy = OccupationContextTest.taxonomy();
        Reranker model = Reranker.shipped().orElseThrow();
        SkillRetrieval reranked = SkillRetrieval.shipped(taxonomy)
                .withOccupationContext(OccupationContext.build(taxonomy, 1f)).withReranker(model);
        String sentence = "Je helpt reizigers aan boord.";

        List<SkillRetrieval.Scored> relative = reranked.score(sentence, true, 5);
        List<SkillRetrieval.Scored> probabilities = reranked.withRerankedScore(SkillRetrieval.RerankedScore.PROBABILITY)
                .score(sentence, true, 5);

        assertThat(relative.getFirst().score()).isCloseTo(SkillRetrieval.TOP_WEIGHT, Offset.offset(1e-9));
        assertThat(relative.stream().map(SkillRetrieval.Scored::ordinal).toList())
                .isEqualTo(probabilities.stream().map(SkillRetrieval.Scored::ordinal).toList());
        SkillRetrieval.Candidates candidates = reranked.candidates(sentence, true, null);
        double best = 0;
        for (double[] f : candidates.features()) {
            best = Math.max(best, model.score(f));
        }
        assertThat(probabilities.getFirst().score()).isCloseTo(best, Offset.offset(1e-12));
        for (SkillRetrieval.Scored s : relative) {
            assertThat(s.score()).isBetween(0.0, SkillRetrieval.TOP_WEIGHT);
        }
    }
}
