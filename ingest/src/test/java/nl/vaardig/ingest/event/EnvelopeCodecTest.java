package nl.vaardig.ingest.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.VacancyPublished;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeCodecTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void everyEventOfTheCatalogueSurvivesTheRoundTripUnchanged() {
        for (EventPayload payload : Samples.everyType()) {
            EventEnvelope<EventPayload> sent = EventCatalogue.envelope(payload);

            Decoded decoded = codec.decode(codec.encode(sent));

            assertThat(decoded).as(payload.getClass().getSimpleName()).isInstanceOf(Decoded.Accepted.class);
            assertThat(((Decoded.Accepted) decoded).envelope()).isEqualTo(sent);
        }
    }

    @Test
    void encodingIntoAStreamWritesTheSameBytesAsEncodingToAnArray() {
        for (EventPayload payload : Samples.everyType()) {
            EventEnvelope<EventPayload> event = EventCatalogue.envelope(payload);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write('>');
            codec.encode(event, out);

            byte[] expected = codec.encode(event);
            assertThat(out.toByteArray()).as(payload.getClass().getSimpleName()).hasSize(expected.length + 1)
                    .startsWith((byte) '>').endsWith(expected);
        }
    }

    @Test
    void theWireFormatIsCloudEventsJsonWithTheRegionAsExtension() {
        EventEnvelope<VacancyPublished> event = EventCatalogue.envelope(new VacancyPublished(Samples.vacancy()));

        JsonNode json = EnvelopeCodec.mapper().readTree(codec.encode(event));

        assertThat(json.get("specversion").asString()).isEqualTo("1.0");
        assertThat(json.get("type").asString()).isEqualTo("nl.vaardig.vacancy.published");
        assertThat(json.get("dataschema").asString()).isEqualTo("https://vaardig.nl/schemas/vacancy-published/1");
        assertThat(json.get("region").asString()).isEqualTo("AM18");
        assertThat(json.get("subject").asString()).isEqualTo(event.data().vacancy().vacancyId().toString());
        assertThat(json.get("data").get("vacancy").get("validFrom").asString()).isEqualTo("2025-03-01");
        assertThat(json.get("data").get("vacancy").has("externalId")).as("nulls are left out").isFalse();
    }

    @Test
    void theTimeIsWrittenAsInstantToStringAndReadBackExactly() {
        for (String time : new String[] {"2026-12-07T01:02:03Z", "2026-12-07T01:02:03.100Z", "2026-12-07T01:02:03.123456Z",
                "2026-12-07T01:02:03.123456789Z"}) {
            EventEnvelope<VacancyPublished> event = EventCatalogue.envelope(new VacancyPublished(Samples.vacancy()));
            EventEnvelope<VacancyPublished> at = new EventEnvelope<>(event.id(), event.source(), event.type(),
                    Instant.parse(time), event.subject(), event.region(), event.dataSchema(), event.data());

            byte[] bytes = codec.encode(at);

            assertThat(EnvelopeCodec.mapper().readTree(bytes).get("time").asString()).isEqualTo(time);
            assertThat(((Decoded.Accepted) codec.decode(bytes)).envelope().time()).isEqualTo(Instant.parse(time));
        }
    }

    @Test
    void sourceAndSchemaUrisAreParsedOnceAndOnlyAFewAreKept() {
        EnvelopeCodec fresh = new EnvelopeCodec();
        assertThat(fresh.uri("/vaardig/web-api")).isSameAs(fresh.uri("/vaardig/web-api"))
                .isEqualTo(java.net.URI.create("/vaardig/web-api"));
        for (int i = 0; i < EnvelopeCodec.MAX_URIS + 10; i++) {
            assertThat(fresh.uri("/sender/" + i)).isEqualTo(java.net.URI.create("/sender/" + i));
        }
        String late = "/sender/" + (EnvelopeCodec.MAX_URIS + 5);
        assertThat(fresh.uri(late)).as("beyond the bound: parsed each time").isNotSameAs(fresh.uri(late));
    }

    @Test
    void textThatIsNotJsonIsRejectedAsBadJson() {
        Decoded decoded = codec.decode("{not json".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(DeadLetterReason.BAD_JSON));
    }

    @Test
    void aJsonArrayIsNotAnEvent() {
        assertThat(reasonOf("[1,2]")).isEqualTo(DeadLetterReason.BAD_JSON);
    }

    @Test
    void aNewerSchemaVersionThanTheConsumerKnowsIsRejectedWithThatReason() {
        ObjectNode json = encoded(new VacancyPublished(Samples.vacancy()));
        json.put("dataschema", "https://vaardig.nl/schemas/vacancy-published/2");

        Decoded decoded = codec.decode(bytes(json));

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(DeadLetterReason.UNKNOWN_SCHEMA_VERSION);
            assertThat(r.detail()).contains("vacancy-published/2").contains("vacancy-published/1");
        });
    }

    @Test
    void aSchemaOfAnotherEventTypeIsNotAccepted() {
        ObjectNode json = encoded(new VacancyPublished(Samples.vacancy()));
        json.put("dataschema", "https://vaardig.nl/schemas/vacancy-closed/1");

        assertThat(codec.decode(bytes(json))).isInstanceOfSatisfying(Decoded.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(DeadLetterReason.UNKNOWN_SCHEMA_VERSION));
    }

    @Test
    void anUnknownEventTypeIsRejected() {
        ObjectNode json = encoded(new VacancyPublished(Samples.vacancy()));
        json.put("type", "nl.vaardig.vacancy.teleported");

        assertThat(codec.decode(bytes(json))).isInstanceOfSatisfying(Decoded.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(DeadLetterReason.UNKNOWN_TYPE));
    }

    @Test
    void aRecordOverTheSizeLimitIsRejectedBeforeItIsParsed() {
        EnvelopeCodec small = new EnvelopeCodec(4096);
        byte[] big = new byte[5000];

        assertThat(small.decode(big)).isInstanceOfSatisfying(Decoded.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(DeadLetterReason.OVERSIZED);
            assertThat(r.detail()).contains("5000").contains("4096");
        });
    }

    @Test
    void dataThatBreaksThePayloadRulesIsAnInvalidPayload() {
        ObjectNode json = encoded(new VacancyPublished(Samples.vacancy()));
        ((ObjectNode) json.get("data").get("vacancy")).put("region", "Amsterdam");

        assertThat(codec.decode(bytes(json))).isInstanceOfSatisfying(Decoded.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(DeadLetterReason.INVALID_PAYLOAD);
            assertThat(r.detail()).contains("arbeidsmarktregio");
        });
    }

    @Test
    void anEnvelopeWithoutIdIsInvalid() {
        ObjectNode json = encoded(new VacancyPublished(Samples.vacancy()));
        json.remove("id");

        assertThat(reasonOf(json.toString())).isEqualTo(DeadLetterReason.INVALID_ENVELOPE);
    }

    @Test
    void aTombstoneIsNotAnEvent() {
        assertThat(codec.decode(null)).isInstanceOf(Decoded.Rejected.class);
    }

    @Test
    void unknownExtraFieldsInADataObjectAreIgnoredForForwardCompatibility() {
        ObjectNode json = encoded(new VacancyPublished(Samples.vacancy()));
        ((ObjectNode) json.get("data").get("vacancy")).put("salaryScale", "CAO VVT 45");

        assertThat(codec.decode(bytes(json))).isInstanceOf(Decoded.Accepted.class);
    }

    @Test
    void anEnvelopeIdIsKeptSoConsumersCanDeduplicate() {
        UUID id = UUID.randomUUID();
        EventEnvelope<EventPayload> event = new EventEnvelope<>(id, EventCatalogue.WEB_API_SOURCE,
                "nl.vaardig.vacancy.published", Instant.parse("2025-03-01T10:15:30Z"), "v-1", "AM18",
                EventCatalogue.VACANCY_PUBLISHED.dataSchema(), new VacancyPublished(Samples.vacancy()));

        assertThat(((Decoded.Accepted) codec.decode(codec.encode(event))).envelope().id()).isEqualTo(id);
        assertThat(Map.of("id", id)).isNotEmpty();
    }

    @Test
    void whatTheCodecWritesIsReadInOnePass() {
        for (EventPayload payload : Samples.everyType()) {
            EventEnvelope<EventPayload> sent = EventCatalogue.envelope(payload);

            assertThat(codec.decodeInOnePass(codec.encode(sent))).as(payload.getClass().getSimpleName())
                    .isEqualTo(new Decoded.Accepted(sent));
        }
    }

    @Test
    void anEnvelopeWrittenInAnotherOrderIsReadTheSame() {
        EventEnvelope<EventPayload> sent = EventCatalogue.envelope(new VacancyPublished(Samples.vacancy()));
        ObjectNode json = (ObjectNode) EnvelopeCodec.mapper().readTree(codec.encode(sent));
        ObjectNode dataFirst = EnvelopeCodec.mapper().createObjectNode();
        dataFirst.set("data", json.get("data"));
        json.properties().forEach(e -> dataFirst.putIfAbsent(e.getKey(), e.getValue()));

        assertThat(((Decoded.Accepted) codec.decode(bytes(dataFirst))).envelope()).isEqualTo(sent);
    }

    @Test
    void aRecordTheOnePassReaderLeavesAloneIsStillJudgedWithItsReason() {
        ObjectNode json = encoded(new VacancyPublished(Samples.vacancy()));
        json.put("specversion", 1.0);
        assertThat(codec.decode(bytes(json))).as("a number where the string 1.0 belongs").isInstanceOf(Decoded.Accepted.class);

        ObjectNode badPayload = encoded(new VacancyPublished(Samples.vacancy()));
        ((ObjectNode) badPayload.get("data").get("vacancy")).put("hoursMin", "veel");
        assertThat(reasonOf(badPayload.toString())).isEqualTo(DeadLetterReason.INVALID_PAYLOAD);

        String truncated = new String(codec.encode(EventCatalogue.envelope(new VacancyPublished(Samples.vacancy()))),
                StandardCharsets.UTF_8);
        assertThat(reasonOf(truncated.substring(0, truncated.length() - 3))).isEqualTo(DeadLetterReason.BAD_JSON);
    }

    private DeadLetterReason reasonOf(String text) {
        return ((Decoded.Rejected) codec.decode(text.getBytes(StandardCharsets.UTF_8))).reason();
    }

    private ObjectNode encoded(EventPayload payload) {
        return (ObjectNode) EnvelopeCodec.mapper().readTree(codec.encode(EventCatalogue.envelope(payload)));
    }

    private static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
