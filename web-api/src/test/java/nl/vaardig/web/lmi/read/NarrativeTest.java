package nl.vaardig.web.lmi.read;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeTest {

    static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d.,]*%?");

    Narrative.Inputs inputs(Count supply, Long tenseSupply) {
        return new Narrative.Inputs("Groot Amsterdam", "2025-Q3", "2025-Q2", 1234, 18.0, 4.4, 9.6, 3, supply,
                "Python", 42.0, 57L, "verpleegkundige zorg verlenen", 80L, tenseSupply, tenseSupply == null ? null : 1.6,
                tenseSupply == null ? null : TensionClass.ZEER_KRAP);
    }

    @Test
    void everyNumberInTheTextIsOneOfTheListedFiguresInBothLanguages() {
        Narrative.Text text = Narrative.write(inputs(new Count(4321L, false), 50L));
        assertThat(text.nl().getFirst().text()).isEqualTo("In Groot Amsterdam stonden in het 3e kwartaal 2025 1.234 vacatures open, +18% meer dan in het 2e kwartaal 2025.");
        assertThat(text.en().getFirst().text()).isEqualTo("In Groot Amsterdam, 1,234 vacancies were open in the 3rd quarter 2025, +18% more than in the 2nd quarter 2025.");
        check(text.nl(), text.figuresNl());
        check(text.en(), text.figuresEn());
        assertThat(text.nl()).anySatisfy(s -> assertThat(s.text()).contains("sterker dan in de 3 vergelijkbare regio's"));
        assertThat(text.nl()).anySatisfy(s -> assertThat(s.text()).contains("zeer krap"));
    }

    @Test
    void aSuppressedFigureLeavesItsSentenceOut() {
        Narrative.Text text = Narrative.write(inputs(new Count(null, true), null));
        assertThat(text.nl()).noneSatisfy(s -> assertThat(s.text()).contains("toestemming"));
        assertThat(text.nl()).noneSatisfy(s -> assertThat(s.text()).contains("spanning"));
        assertThat(text.figuresNl()).doesNotContainKeys("supply", "tenseSupply");
    }

    private static void check(java.util.List<Narrative.Sentence> sentences, Map<String, String> figures) {
        for (Narrative.Sentence s : sentences) {
            // the periods are named in words ("het 3e kwartaal 2025"): they are no figures
            String text = s.text();
            for (String key : java.util.List.of("2025-Q3", "2025-Q2")) {
                for (Locale lang : java.util.List.of(Locale.of("nl"), Locale.ENGLISH)) {
                    text = text.replace(Narrative.inPeriod(key, lang), "PERIOD");
                }
            }
            assertThat(text).as("no period code in a sentence").doesNotContainPattern("\\d{4}-(Q\\d|W\\d{2}|\\d{2})");
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                String number = m.group().replaceAll("[.,]$", "");
                assertThat(s.figures().stream().map(figures::get)).as(s.text()).contains(number);
            }
        }
        assertThat(Locale.ROOT).isNotNull();
    }
}
