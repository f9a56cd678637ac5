package nl.vaardig.ingest.event;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoInstantTest {

    @Test
    void formatsExactlyAsInstantToStringForEveryPrecisionAndYear() {
        SplittableRandom random = new SplittableRandom(16);
        long min = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(min, max);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(IsoInstant.format(instant)).isEqualTo(instant.toString());
        }
        assertThat(IsoInstant.format(Instant.parse("2026-12-07T01:02:03.100Z"))).isEqualTo("2026-12-07T01:02:03.100Z");
        assertThat(IsoInstant.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void parsesWhatItFormatsOnTheFastPathAndAgreesWithInstantParse() {
        SplittableRandom random = new SplittableRandom(7);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, max), random.nextInt(1_000_000_000) / (i % 3 == 0 ? 1_000_000_000 : 1));
            String text = instant.toString();
            assertThat(IsoInstant.parseSimple(text)).as(text).isEqualTo(instant);
            assertThat(IsoInstant.parse(text)).isEqualTo(Instant.parse(text));
        }
        for (String text : new String[] {"2026-12-07T01:02:03.5Z", "2026-12-07T01:02:03.12345Z", "2024-02-29T23:59:59.000000001Z"}) {
            assertThat(IsoInstant.parseSimple(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesEverythingElseToTheJdkSoErrorsAndRareFormsStayTheSame() {
        for (String text : new String[] {"2026-12-07T01:02:03+01:00", "2026-12-07T01:02:60Z", "+12026-12-07T01:02:03Z",
                "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-07T24:00:00Z", "2026-12-07t01:02:03Z",
                "2026-12-07T01:02:03.Z", "2026-12-07T01:02:03.1234567890Z", "2026-12-07 01:02:03Z", "2026-1a-07T01:02:03Z"}) {
            assertThat(IsoInstant.parseSimple(text)).as(text).isNull();
        }
        assertThat(IsoInstant.parse("2026-12-07T01:02:03+01:00")).isEqualTo(Instant.parse("2026-12-07T00:02:03Z"));
        assertThatThrownBy(() -> IsoInstant.parse("2025-02-29T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstant.parse("yesterday")).isInstanceOf(DateTimeParseException.class);
    }
}
