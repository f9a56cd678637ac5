package nl.vaardig.web.lmi;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void weeksMonthsAndQuartersHaveStableKeysThatParseBack() {
        LocalDate day = LocalDate.of(2025, 2, 13);
        assertThat(Period.containing(Period.Kind.WEEK, day).key()).isEqualTo("2025-W07");
        assertThat(Period.containing(Period.Kind.MONTH, day).key()).isEqualTo("2025-02");
        assertThat(Period.containing(Period.Kind.QUARTER, day).key()).isEqualTo("2025-Q1");
        for (String key : new String[] {"2025-W07", "2025-02", "2025-Q1", "2026-W01", "2024-W52"}) {
            assertThat(Period.parse(key).key()).isEqualTo(key);
        }
        assertThat(Period.parse("2025-q3").end()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aPeriodIsNamedInWordsForReadersInBothLanguages() {
        Locale dutch = Locale.of("nl");
        assertThat(Period.parse("2026-Q3").inWords(dutch)).isEqualTo("3e kwartaal 2026");
        assertThat(Period.parse("2026-Q3").inWords(Locale.ENGLISH)).isEqualTo("3rd quarter 2026");
        assertThat(Period.parse("2026-09").inWords(dutch)).isEqualTo("september 2026");
        assertThat(Period.parse("2026-09").inWords(Locale.ENGLISH)).isEqualTo("September 2026");
        assertThat(Period.parse("2026-W38").inWords(dutch)).isEqualTo("week 38, 2026");
        // the week-based year: 29 December 2025 is in week 1 of 2026
        assertThat(Period.containing(Period.Kind.WEEK, LocalDate.of(2025, 12, 29)).inWords(dutch)).isEqualTo("week 1, 2026");
    }

    @Test
    void anythingButAFixedPeriodIsRefused() {
        assertThatThrownBy(() -> Period.parse("2025-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("2025-W54")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.parse("last 17 days")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(Period.Kind.MONTH, LocalDate.of(2025, 2, 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingListsEveryPeriodTouchedByASpell() {
        assertThat(Period.overlapping(Period.Kind.MONTH, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1)))
                .extracting(Period::key).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(Period.parse("2025-Q1").previous().key()).isEqualTo("2024-Q4");
    }
}
