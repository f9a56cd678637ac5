package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.vaardig.taxonomy.testing.ShippedTitleMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Input that is no job title gets an empty answer with a reason, never an exception. */
class TitleBadInputTest {

    private final JobTitleMatcher matcher = ShippedTitleMatcher.get();

    private TitleMatchResult match(String title) {
        return matcher.match(title, Locale.of("nl"), 10);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
            "a|TOO_SHORT",
            "é|TOO_SHORT",
            "12345|NO_WORDS",
            "!!! ??? ---|NO_WORDS",
            "06-12345678|NO_WORDS",
            "👩‍⚕️👷|NO_WORDS",
            "   |EMPTY",
            "xq|NOT_RECOGNISED"})
    void notAJobTitle(String title, TitleOutcome reason) {
        TitleMatchResult result = match(title);
        assertThat(result.occupations()).isEmpty();
        assertThat(result.outcome()).isEqualTo(reason);
    }

    @Test
    void nullAndFiveHundredCharactersAreRefusedWithAReason() {
        assertThat(match(null).outcome()).isEqualTo(TitleOutcome.EMPTY);
        TitleMatchResult long500 = match("verpleegkundige ".repeat(32).substring(0, 500));
        assertThat(long500.occupations()).isEmpty();
        assertThat(long500.outcome()).isEqualTo(TitleOutcome.TOO_LONG);
        assertThat(match("v".repeat(JobTitleMatcher.MAX_TITLE_CHARS)).outcome()).isNotEqualTo(TitleOutcome.TOO_LONG);
    }

    @Test
    void emojiAroundATitleAndMixedDutchAndEnglishStillFindTheOccupation() {
        assertThat(match("👩‍⚕️ Verpleegkundige 💉").occupations().getFirst().label().text()).contains("verpleegkundige");
        TitleMatchResult mixed = match("Senior software developer / softwareontwikkelaar (m/v)");
        assertThat(mixed.outcome()).isEqualTo(TitleOutcome.MATCHED);
        assertThat(mixed.occupations().stream().limit(3).map(m -> m.label().text()))
                .anyMatch(l -> l.contains("software")).allMatch(l -> l.contains("developer") || l.contains("ontwikkelaar"));
    }

    @Test
    void compoundsOfAKnownHeadNeverAnswerNothing() {
        for (String title : new String[] {"wijkverpleegkundige", "kinderverpleegkundige", "daktimmerman", "bouwtimmerman",
                "arbeider bouw", "verantwoordelijke logistiek"}) {
            TitleMatchResult result = match(title);
            assertThat(result.outcome().answered()).as(title).isTrue();
        }
        assertThat(match("wijkverpleegkundige").occupations().getFirst().label().text()).contains("verpleegkundige");
        assertThat(match("bouwtimmerman").occupations()).extracting(m -> m.label().text()).anyMatch(l -> l.contains("timmer"));
    }
}
