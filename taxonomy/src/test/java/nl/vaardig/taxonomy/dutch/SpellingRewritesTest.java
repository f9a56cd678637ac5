package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingRewritesTest {

    @Test
    void aLetterRewriteSeenThreeTimesInCognatePairsIsAppliedInsideAnUnseenWord() {
        var rewrites = new SpellingRewrites();
        for (String[] pair : new String[][]{{"anaesthesia", "anesthesie"}, {"haematology", "hematologie"},
                {"orthopaedic", "orthopedisch"}, {"rhetoric", "retorica"}, {"rhombus", "rombus"},
                {"rheostat", "reostaat"}}) {
            rewrites.learn(pair[0], pair[1]);
        }

        assertThat(rewrites.variants("paediatrisch")).contains("pediatrisch");
        assertThat(rewrites.variants("rheumatisch")).contains("reumatisch");
        assertThat(rewrites.variants("paediatrisch")).doesNotContain("paediatrisch");
    }

    @Test
    void aRewriteSeenTwiceOrInWordsThatAreNoCognatesIsNotLearnt() {
        var rewrites = new SpellingRewrites();
        rewrites.learn("anaesthesia", "anesthesie");
        rewrites.learn("haematology", "hematologie");
        rewrites.learn("management", "beheer");
        rewrites.learn("leadership", "leiderschap");
        rewrites.learn("carpentry", "timmerwerk");

        assertThat(rewrites.variants("paediatrisch")).isEmpty();
        assertThat(rewrites.size()).isZero();
    }

    @Test
    void cognatesKnownTriesTheLearntEndingsThenTheLetterRewritesAndKeepsOnlyWhatTheSpellerKnows() {
        var cognates = new Cognates();
        for (String[] pair : new String[][]{{"pharmaceutic", "pharmaceutisch"}, {"therapeutic", "therapeutisch"},
                {"dietetic", "dietetisch"}, {"anaesthesia", "anesthesie"}, {"haematology", "hematologie"},
                {"orthopaedic", "orthopedisch"}}) {
            cognates.learn(pair[0], pair[1]);
        }
        Set<String> dutch = Set.of("pediatrisch", "pharmaceutisch");

        assertThat(cognates.known("paediatric", dutch::contains)).hasValue("pediatrisch");
        assertThat(cognates.known("pharmaceutic", dutch::contains)).hasValue("pharmaceutisch");
        assertThat(cognates.known("paediatry", dutch::contains)).isEmpty();
    }
}
