package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryWeightsTest {

    @Test
    void theHandSetWeightsAreThoseOfRoundsOneToTwelve() {
        QueryWeights w = QueryWeights.HAND_SET;

        assertThat(w.boost(SkillRetriever.DocField.LABEL_NL)).isEqualTo(3f);
        assertThat(w.boost(SkillRetriever.DocField.LABEL_EN_WEAK)).isEqualTo(1.5f);
        assertThat(w.boost(SkillRetriever.DocField.DESCRIPTION_NL)).isEqualTo(0.6f);
        assertThat(w.boost(SkillRetriever.DocField.CONTEXT_EN)).isEqualTo(0.3f);
        assertThat(w.otherLanguage()).isEqualTo(0.45f);
        assertThat(w.translated()).isEqualTo(1f);
    }

    @Test
    void withSetsAFieldBoostOrTheLanguageOrTranslationFactorAndLeavesTheRest() {
        QueryWeights w = QueryWeights.HAND_SET;
        int fields = SkillRetriever.DocField.values().length;

        QueryWeights context = w.with(SkillRetriever.DocField.CONTEXT_NL.ordinal(), 0.6f);
        assertThat(context.boost(SkillRetriever.DocField.CONTEXT_NL)).isEqualTo(0.6f);
        assertThat(context.boost(SkillRetriever.DocField.CONTEXT_EN)).isEqualTo(0.3f);
        assertThat(context).isNotEqualTo(w);
        assertThat(w.with(fields, 0.9f).otherLanguage()).isEqualTo(0.9f);
        assertThat(w.with(fields + 1, 0.5f).translated()).isEqualTo(0.5f);
        assertThat(w.with(fields + 1, 0.5f).otherLanguage()).isEqualTo(0.45f);
        assertThat(QueryWeights.size()).isEqualTo(fields + 2);
        for (int i = 0; i < QueryWeights.size(); i++) {
            assertThat(w.with(i, 7f).get(i)).isEqualTo(7f);
        }
        assertThat(w.with(0, 3f)).isEqualTo(w).hasSameHashCodeAs(w);
    }

    @Test
    void thePlatformLearntTheDutchFieldsForDutchTextAndLeavesEnglishTextAtTheHandSetWeights() {
        QueryWeights platform = SkillRetrieval.PLATFORM_WEIGHTS;

        assertThat(platform.otherLanguageBoosts()).containsExactly(QueryWeights.HAND_SET.fieldBoosts());
        assertThat(platform.sameBoosts(false)).isTrue();
        assertThat(platform.sameBoosts(true)).isFalse();
        for (SkillRetriever.DocField f : SkillRetriever.DocField.values()) {
            if (!f.dutch) {
                assertThat(platform.boost(f)).as(f.name).isEqualTo(QueryWeights.HAND_SET.boost(f));
            }
        }
        assertThat(platform.otherLanguage()).isEqualTo(QueryWeights.HAND_SET.otherLanguage());
        // changing a field for its own language's text leaves the other language's text alone
        QueryWeights changed = QueryWeights.HAND_SET.with(SkillRetriever.DocField.LABEL_NL.ordinal(), 1f);
        assertThat(changed.otherLanguageBoost(SkillRetriever.DocField.LABEL_NL)).isEqualTo(3f);
        assertThat(changed.sameBoosts(true)).isFalse();
        assertThat(changed).isNotEqualTo(new QueryWeights(changed.fieldBoosts(), 0.45f, 1f));
    }

    @Test
    void aWeightIsFiniteAndAboveZeroAndThereIsOnePerField() {
        assertThatThrownBy(() -> QueryWeights.HAND_SET.with(2, 0f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryWeights.HAND_SET.with(9, Float.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryWeights.HAND_SET.with(8, Float.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueryWeights(new float[] {1f, 1f}, 1f, 1f)).isInstanceOf(IllegalArgumentException.class);
    }
}
