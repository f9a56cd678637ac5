package nl.vaardig.web.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.vaardig.taxonomy.model.LabelProvenance;
import nl.vaardig.taxonomy.model.ResolvedLabel;
import org.junit.jupiter.api.Test;

class LabelViewTest {

    static final Locale DUTCH = Locale.of("nl");

    @Test
    void aDerivedDutchLabelIsFlaggedAndItsExportSourceIsAfgeleid() {
        ResolvedLabel derived = new ResolvedLabel("wonden verzorgen", DUTCH, false, LabelProvenance.ESCO_DERIVED);
        assertThat(LabelView.of(derived)).isEqualTo(new LabelView("wonden verzorgen", "nl", true));
        assertThat(DutchLabelSource.of(derived).column()).isEqualTo("afgeleid");
    }

    @Test
    void anOfficialLabelIsNotFlaggedAndAnEnglishFallbackHasNoDutchSource() {
        ResolvedLabel official = new ResolvedLabel("zorghulp", DUTCH, false, LabelProvenance.ESCO_OFFICIAL);
        assertThat(LabelView.of(official).derived()).isFalse();
        assertThat(DutchLabelSource.of(official)).isEqualTo(DutchLabelSource.OFFICIAL);

        ResolvedLabel fallback = new ResolvedLabel("carry out wound care", Locale.ENGLISH, true, LabelProvenance.ESCO_OFFICIAL);
        assertThat(LabelView.of(fallback)).isEqualTo(new LabelView("carry out wound care", "en", false));
        assertThat(DutchLabelSource.of(fallback).column()).isEqualTo("geen");
    }

    @Test
    void aLabelIsNeverBlank() {
        assertThatThrownBy(() -> new LabelView(" ", "nl", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
