package nl.vaardig.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Equal clauses hash alike (Lucene de-duplicates and caches queries by hash), and unequal ones apart; a clause names the
 * term it searches (for the query-cost bench's postings counts).
 */
class SkillQueryTest {

    @Test
    void equalClausesHashAlikeAndEveryPartCounts() {
        var q = new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.25f, 0.5f);
        assertThat(q).isEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.25f, 0.5f));
        assertThat(q.hashCode()).isEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.25f, 0.5f).hashCode())
                .isEqualTo(Objects.hash(Fields.VACANCY_SKILL, "1a", 0.25f, 0.5f));
        assertThat(q.hashCode()).isNotEqualTo(new SkillQuery(Fields.PROFILE_SKILL, "1a", 0.25f, 0.5f).hashCode())
                .isNotEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1b", 0.25f, 0.5f).hashCode())
                .isNotEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.5f, 0.5f).hashCode())
                .isNotEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.25f, 0.25f).hashCode());
    }

    @Test
    void namesTheFieldAndTermItSearches() {
        assertThat(new SkillQuery(Fields.PROFILE_RELEVANCE, "2b", 1f, 0f).term())
                .isEqualTo(new org.apache.lucene.index.Term(Fields.PROFILE_RELEVANCE, "2b"));
    }
}
