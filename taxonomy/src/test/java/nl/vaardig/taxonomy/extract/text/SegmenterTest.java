package nl.vaardig.taxonomy.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> texts(String view) {
        return Segmenter.split(view).stream().map(s -> s.text(view)).toList();
    }

    @Test
    void sentencesSplitButAbbreviationsDoNot() {
        assertThat(texts("Je werkt o.a. met Excel. Daarnaast plan je afspraken, bv. voor de directie! Klaar?"))
                .containsExactly("Je werkt o.a. met Excel.", "Daarnaast plan je afspraken, bv. voor de directie!", "Klaar?");
    }

    @Test
    void bulletMarkersAreDroppedAndMarked() {
        List<Segment> segments = Segmenter.split("Wat vragen wij?\n- Diploma mbo 4\n• Rijbewijs B");
        String view = "Wat vragen wij?\n- Diploma mbo 4\n• Rijbewijs B";
        assertThat(segments).extracting(s -> s.text(view)).containsExactly("Wat vragen wij?", "Diploma mbo 4", "Rijbewijs B");
        assertThat(segments.get(0).heading()).isTrue();
        assertThat(segments.get(1).bullet()).isTrue();
    }

    @Test
    void aSingleLineTextHasNoHeading() {
        assertThat(Segmenter.split("javascript reactjs java")).singleElement().satisfies(s -> assertThat(s.heading()).isFalse());
    }

    @Test
    void theFirstLinesAreMarkedAsTitleLines() {
        List<Segment> segments = Segmenter.split("Verpleegkundige\n\nZorggroep Oost\nWij zoeken jou.");
        assertThat(segments).extracting(Segment::firstLine).containsExactly(true, true, false);
    }
}
