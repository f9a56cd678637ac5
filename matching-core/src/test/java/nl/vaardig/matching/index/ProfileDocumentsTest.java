package nl.vaardig.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.matching.testing.Fixtures;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A held skill's relevance share is indexed in the tier its size says, once per skill. */
class ProfileDocumentsTest {

    static Taxonomy taxonomy;
    static SkillGraph graph;

    @BeforeAll
    static void build() {
        taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
    }

    @Test
    void sharesFromATenthOfTheProfileAreInTheHighTierSmallerOnesInTheLow() {
        List<SkillUri> skills = taxonomy.skills().stream().map(s -> s.uri()).limit(40).toList();
        // two skills: each carries a large share of the profile's held weight
        Document few = ProfileDocuments.toDocument(Fixtures.profile(skills.subList(0, 2).toArray(SkillUri[]::new)), graph);
        assertThat(shares(few, Fields.PROFILE_RELEVANCE)).isEmpty();
        assertThat(shares(few, Fields.PROFILE_RELEVANCE_HIGH)).hasSize(2)
                .allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(ProfileDocuments.RELEVANCE_HIGH_TIER));
        // forty skills: the shares are small, and every skill is in one tier only
        Document many = ProfileDocuments.toDocument(Fixtures.profile(skills.toArray(SkillUri[]::new)), graph);
        List<Float> low = shares(many, Fields.PROFILE_RELEVANCE);
        List<Float> high = shares(many, Fields.PROFILE_RELEVANCE_HIGH);
        assertThat(low).isNotEmpty().allSatisfy(v -> assertThat(v).isLessThan(ProfileDocuments.RELEVANCE_HIGH_TIER));
        assertThat(low.size() + high.size()).isEqualTo(shares(many, Fields.PROFILE_SKILL).size()).isEqualTo(40);
        double total = 0;
        for (float v : low) {
            total += v;
        }
        for (float v : high) {
            total += v;
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3)); // shares of one profile's weight
    }

    /** The feature values a document holds in a feature field (FeatureField keeps them as the term frequency). */
    private static List<Float> shares(Document doc, String field) {
        return java.util.Arrays.stream(doc.getFields(field)).map(ProfileDocumentsTest::feature).toList();
    }

    private static float feature(IndexableField f) {
        return ((org.apache.lucene.document.FeatureField) f).getFeatureValue();
    }
}
