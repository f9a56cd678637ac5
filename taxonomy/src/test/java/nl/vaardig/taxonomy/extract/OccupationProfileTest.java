package nl.vaardig.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.extract.source.ExtractionSource;
import nl.vaardig.taxonomy.extract.source.OccupationEntry;
import nl.vaardig.taxonomy.extract.source.OccupationSkillLink;
import org.junit.jupiter.api.Test;

class OccupationProfileTest {

    private static final String OCCUPATION = TinyCorpus.OCCUPATION;
    private static final String SKILL = TinyCorpus.SKILL;

    private final ExtractionModel model = new ExtractionModel(new ExtractionSource(
            List.of(TinyCorpus.skill("a", "transversal", "plan work", List.of(), null),
                    TinyCorpus.skill("b", "transversal", "care for patients", List.of(), null),
                    TinyCorpus.skill("c", "transversal", "drive trucks", List.of(), null),
                    TinyCorpus.skill("d", "transversal", "cook meals", List.of(), null)),
            List.of(occupation("nurse"), occupation("driver")),
            // listed out of skill order on purpose: the profile searches sorted lists
            List.of(new OccupationSkillLink(OCCUPATION + "nurse", SKILL + "b", true),
                    new OccupationSkillLink(OCCUPATION + "nurse", SKILL + "a", false),
                    new OccupationSkillLink(OCCUPATION + "driver", SKILL + "c", true),
                    new OccupationSkillLink(OCCUPATION + "driver", SKILL + "a", true)),
            List.of()), new SynonymLexicon("none", List.of(), List.of()));

    private static OccupationEntry occupation(String id) {
        return new OccupationEntry(OCCUPATION + id, id, List.of(), null, List.of(), "", "");
    }

    private int skill(String id) {
        return model.skillIndex.get(SKILL + id);
    }

    @Test
    void priorIsTheBestOccupationConfidenceHalvedWhereTheSkillIsOptional() {
        OccupationProfile nurseOnly = OccupationProfile.of(List.of(found(0, 0.8)), model);
        assertThat(nurseOnly.prior(skill("b"))).isEqualTo(0.8);
        assertThat(nurseOnly.prior(skill("a"))).isEqualTo(0.4);
        assertThat(nurseOnly.prior(skill("c"))).isZero();

        OccupationProfile both = OccupationProfile.of(List.of(found(0, 0.8), found(1, 0.6)), model);
        assertThat(both.prior(skill("a"))).isEqualTo(0.6); // essential for the driver (0.6) beats optional for the nurse (0.4)
        assertThat(both.prior(skill("c"))).isEqualTo(0.6);
    }

    @Test
    void essentialWhereAnyOccupationListsItSoOptionalWhereOnlyOptionalNullWhereNone() {
        OccupationProfile nurseOnly = OccupationProfile.of(List.of(found(0, 0.8)), model);
        assertThat(nurseOnly.essential(skill("b"))).isTrue();
        assertThat(nurseOnly.essential(skill("a"))).isFalse();
        assertThat(nurseOnly.essential(skill("d"))).isNull();

        OccupationProfile both = OccupationProfile.of(List.of(found(0, 0.8), found(1, 0.6)), model);
        assertThat(both.essential(skill("a"))).isTrue();
        assertThat(both.lists(skill("c"))).isTrue();
        assertThat(both.lists(skill("d"))).isFalse();
    }

    @Test
    void emptyWithoutOccupations() {
        assertThat(OccupationProfile.of(List.of(), model).isEmpty()).isTrue();
        assertThat(OccupationProfile.of(List.of(), model).lists(skill("a"))).isFalse();
        assertThat(OccupationProfile.of(List.of(found(1, 0.6)), model).isEmpty()).isFalse();
    }

    private static OccupationDetection.Found found(int occupation, double confidence) {
        return new OccupationDetection.Found(occupation, confidence, 0, 1);
    }
}
