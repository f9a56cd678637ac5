package nl.vaardig.ingest.event;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeTest {

    private static final URI SOURCE = URI.create("/vaardig/web-api");
    private static final URI SCHEMA_V2 = URI.create("https://vaardig.nl/schemas/vacancy-published/2");

    @Test
    void anEnvelopeKnowsItsSchemaVersion() {
        EventEnvelope<Map<String, String>> event = new EventEnvelope<>(UUID.randomUUID(), SOURCE,
                "nl.vaardig.vacancy.published", Instant.now(), "vacancy-7f3a", "AM18", SCHEMA_V2, Map.of());

        assertThat(event.schemaVersion()).isEqualTo(2);
    }

    @Test
    void aRegionMustBeAnArbeidsmarktregioCode() {
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), SOURCE, "nl.vaardig.vacancy.published",
                Instant.now(), "vacancy-7f3a", "Amsterdam", SCHEMA_V2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arbeidsmarktregio");
    }

    @Test
    void aNationalEventHasNoRegion() {
        EventEnvelope<String> event = new EventEnvelope<>(UUID.randomUUID(), SOURCE, "nl.vaardig.taxonomy.imported",
                Instant.now(), "esco-1.1.1", null, URI.create("https://vaardig.nl/schemas/taxonomy-imported/1"), "ok");

        assertThat(event.region()).isNull();
    }

    @Test
    void anEventTypeIsReverseDns() {
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), SOURCE, "VacancyPublished",
                Instant.now(), "vacancy-7f3a", "AM18", SCHEMA_V2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reverse-DNS");
    }

    @Test
    void aSchemaWithoutVersionIsRefused() {
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), SOURCE, "nl.vaardig.vacancy.published",
                Instant.now(), "vacancy-7f3a", "AM18", URI.create("https://vaardig.nl/schemas/vacancy-published/latest"),
                Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    }

    @Test
    void theSubjectIsNeverBlank() {
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), SOURCE, "nl.vaardig.vacancy.published",
                Instant.now(), " ", "AM18", SCHEMA_V2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegionCheckWithoutAMatcherAgreesWithThePattern() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("AM\\d{2}");
        for (String region : new String[] {"AM01", "AM35", "AM99", "AM1", "AM123", "am18", "AN18", "AM1a", "AM\u0661\u0662",
                " AM18", "AM18 ", "", "AMAM", "XM18"}) {
            assertThat(EventEnvelope.isRegion(region)).as(region).isEqualTo(pattern.matcher(region).matches());
        }
    }

    @Test
    void aTypeOnceAcceptedIsStillCheckedForEveryOtherType() {
        new EventEnvelope<>(UUID.randomUUID(), SOURCE, "nl.vaardig.vacancy.published", Instant.now(), "v", "AM18",
                SCHEMA_V2, Map.of());
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), SOURCE, "nl.vaardig.Vacancy.published",
                Instant.now(), "v", "AM18", SCHEMA_V2, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
