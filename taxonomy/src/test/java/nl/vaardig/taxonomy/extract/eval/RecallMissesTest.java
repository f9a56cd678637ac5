package nl.vaardig.taxonomy.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.SourcedLabel;
import org.junit.jupiter.api.Test;

class RecallMissesTest {

    private static SourcedLabel label(String text, Locale language, LabelSource source) {
        return new SourcedLabel(text, language, source, source.weight(), "test");
    }

    @Test
    void aSkillsDutchFormIsOfficialGeneratedOnlyOrNone() {
        Locale nl = Locale.of("nl");
        SourcedLabel english = label("plan nursing care", Locale.ENGLISH, LabelSource.ESCO_PREFERRED);
        SourcedLabel official = label("verpleegkundige zorg plannen", nl, LabelSource.ESCO_PREFERRED);
        SourcedLabel generated = label("verpleegzorg plannen", nl, LabelSource.GENERATED);

        assertThat(RecallMisses.dutchForm(List.of(english, official, generated))).isEqualTo(RecallMisses.DutchForm.OFFICIAL);
        assertThat(RecallMisses.dutchForm(List.of(english, generated))).isEqualTo(RecallMisses.DutchForm.GENERATED_ONLY);
        assertThat(RecallMisses.dutchForm(List.of(english))).isEqualTo(RecallMisses.DutchForm.NONE);
    }

    @Test
    void ranksFallInTheirBucketsAndAnUnreachedSkillInTheLast() {
        assertThat(RecallMisses.bucketName(RecallMisses.bucket(0))).isEqualTo("1-5");
        assertThat(RecallMisses.bucketName(RecallMisses.bucket(24))).isEqualTo("11-25");
        assertThat(RecallMisses.bucketName(RecallMisses.bucket(25))).isEqualTo("26-50");
        assertThat(RecallMisses.bucketName(RecallMisses.bucket(999))).isEqualTo("251-1000");
        assertThat(RecallMisses.bucketName(RecallMisses.bucket(-1))).isEqualTo("not reached");
    }
}
