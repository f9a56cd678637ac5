package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentTermsTest {

    private static TermImpacts.Postings postings(int doc) {
        return new TermImpacts.Postings(new int[] {doc}, new float[] {1f});
    }

    @Test
    void givesWhatTheMapHoldsForEveryTermAgainAndAgain() {
        Map<String, TermImpacts.Postings> map = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            map.put("term" + i, postings(i));
        }
        RecentTerms recent = new RecentTerms(map);
        // more terms than slots, each asked for twice in a row and again later: hits, misses and slots taken over
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 6_000; i++) {
                String term = "term" + i;
                assertThat(recent.get(term)).isSameAs(map.get(term));
                assertThat(recent.get(new String(term))).isSameAs(map.get(term));
            }
        }
    }

    @Test
    void aTermTheMapDoesNotHoldIsNullAlsoWhenRemembered() {
        RecentTerms recent = new RecentTerms(Map.of("forklift", postings(3)));

        assertThat(recent.get("crane")).isNull();
        assertThat(recent.get("crane")).isNull();
        assertThat(recent.get("forklift").docs()).containsExactly(3);
    }
}
