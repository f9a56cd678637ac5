package nl.vaardig.taxonomy.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextPreparerTest {

    private final TextPreparer preparer = new TextPreparer();

    @Test
    void htmlTagsBecomeLineBreaksAndOffsetsPointIntoTheOriginal() {
        String html = "<h2>Wat vragen wij?</h2><ul><li>Ervaring met <b>Java</b></li></ul><script>var x = 'Python';</script>";
        PreparedText prepared = preparer.prepare(html, 50_000);
        assertThat(prepared.markupRemoved()).isTrue();
        assertThat(prepared.view()).doesNotContain("<", "Python").contains("Wat vragen wij?\n", "Ervaring met Java");
        int viewStart = prepared.view().indexOf("Java");
        int start = prepared.originalStart(viewStart);
        int end = prepared.originalEnd(viewStart + 4);
        assertThat(html.substring(start, end)).isEqualTo("Java");
    }

    @Test
    void entitiesAreDecodedAndSpansCoverTheEntity() {
        String text = "Caf&eacute; &amp; restaurant";
        PreparedText prepared = preparer.prepare(text, 1_000);
        assertThat(prepared.view()).isEqualTo("Café & restaurant");
        assertThat(text.substring(prepared.originalStart(0), prepared.originalEnd(4))).isEqualTo("Caf&eacute;");
    }

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        PreparedText prepared = preparer.prepare("CoÃ¶rdinatie en â€œcommunicatieâ€\u009D", 1_000);
        assertThat(prepared.view()).isEqualTo("Coördinatie en “communicatie”");
        assertThat(prepared.repairedCharacters()).isEqualTo(3);
    }

    @Test
    void ordinaryAccentedTextIsLeftAlone() {
        PreparedText prepared = preparer.prepare("Één café, coördinatie en één ÷ twee", 1_000);
        assertThat(prepared.view()).isEqualTo("Één café, coördinatie en één ÷ twee");
        assertThat(prepared.repairedCharacters()).isZero();
    }

    @Test
    void binaryInputIsRejectedAsNotText() {
        assertThatThrownBy(() -> preparer.prepare("%PDF-1.7\u0000\u0001\u0002stream", 1_000))
                .isInstanceOfSatisfying(TextRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TextRejectedException.Reason.NOT_TEXT));
    }

    @Test
    void inputOverOneMebibyteIsRejectedAsTooLarge() {
        String large = "ervaring met java ".repeat(60_000);
        assertThatThrownBy(() -> preparer.prepare(large, 50_000))
                .isInstanceOfSatisfying(TextRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TextRejectedException.Reason.TEXT_TOO_LARGE));
    }

    @Test
    void longTextIsCutAtASentenceEnd() {
        String text = "Eerste zin over Java. ".repeat(100);
        PreparedText prepared = preparer.prepare(text, 500);
        assertThat(prepared.processedOriginalLength()).isLessThanOrEqualTo(500);
        assertThat(prepared.view()).endsWith("Java.");
    }

    @Test
    void anonymisationPlaceholdersReadAsSpacesButComparisonsStay() {
        assertThat(preparer.prepare("Join <ORGANIZATION> in <LOCATION>.", 100).view()).isEqualTo("Join   in  .");
        assertThat(preparer.prepare("if a < b and x<y, 3 <NL> 4", 100).view()).isEqualTo("if a < b and x<y, 3 <NL> 4");
    }

    @Test
    void emptyAndNullInputGiveAnEmptyView() {
        assertThat(preparer.prepare(null, 10).view()).isEmpty();
        assertThat(preparer.prepare("", 10).view()).isEmpty();
    }
}
