package nl.vaardig.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Equal clauses hash alike (Lucene de-duplicates and caches queries by hash), and unequal ones apart. */
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
}
