package nl.vaardig.ingest.event;

import java.util.HashSet;
import java.util.Set;
import nl.vaardig.ingest.event.payload.EventPayload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogueTest {

    @Test
    void everyPayloadRecordHasExactlyOneEventType() {
        Set<Class<?>> permitted = Set.of(EventPayload.class.getPermittedSubclasses());

        Set<Class<?>> catalogued = new HashSet<>();
        EventCatalogue.ALL.forEach(type -> catalogued.add(type.payloadClass()));

        assertThat(catalogued).isEqualTo(permitted);
        assertThat(EventCatalogue.ALL).hasSize(permitted.size());
    }

    @Test
    void typeNamesAndSchemaNamesAreUnique() {
        Set<String> types = new HashSet<>();
        Set<String> schemas = new HashSet<>();
        for (EventType<?> type : EventCatalogue.ALL) {
            assertThat(types.add(type.type())).as(type.type()).isTrue();
            assertThat(schemas.add(type.schemaName())).as(type.schemaName()).isTrue();
        }
    }

    @Test
    void theIssueRequiresTheseEventsAtLeast() {
        assertThat(EventCatalogue.ALL).extracting(EventType::type).contains(
                "nl.vaardig.vacancy.published", "nl.vaardig.vacancy.changed", "nl.vaardig.vacancy.closed",
                "nl.vaardig.profile.registered", "nl.vaardig.profile.consent-changed", "nl.vaardig.profile.deleted",
                "nl.vaardig.matching.proposed-by-coach", "nl.vaardig.matching.invitation-answered",
                "nl.vaardig.matching.outcome-recorded", "nl.vaardig.learning.route-started");
    }

    @Test
    void anEnvelopeTakesSubjectAndRegionFromItsPayload() {
        for (EventPayload payload : Samples.everyType()) {
            EventEnvelope<EventPayload> envelope = EventCatalogue.envelope(payload);
            assertThat(envelope.subject()).isEqualTo(payload.subject());
            assertThat(envelope.region()).isEqualTo(payload.region());
            assertThat(envelope.dataSchema()).isEqualTo(EventCatalogue.typeOf(payload).dataSchema());
        }
    }

    @Test
    void personalEventsCarryNoFreeTextFields() {
        for (EventType<?> type : EventCatalogue.ALL) {
            if (type.topic() == Topic.PROFILE || type.topic() == Topic.MATCHING || type.topic() == Topic.LEARNING) {
                for (var component : type.payloadClass().getRecordComponents()) {
                    assertThat(component.getName()).as(type.type())
                            .isNotIn("name", "email", "note", "notes", "comment", "description", "address", "phone");
                }
            }
        }
    }

    @Test
    void theProfileTopicIsCompactedSoADeletedPersonIsForgotten() {
        assertThat(Topic.PROFILE.configs()).containsEntry("cleanup.policy", "compact")
                .containsEntry("max.compaction.lag.ms", String.valueOf(24L * 3600 * 1000));
        assertThat(Topic.VACANCY.configs()).containsEntry("cleanup.policy", "compact,delete");
        assertThat(Topic.DEAD_LETTER.configs()).containsEntry("cleanup.policy", "delete");
    }

    @Test
    void aTypesCurrentSchemaIsParsedOnceAndIsThatOfItsVersion() {
        for (EventType<?> type : EventCatalogue.ALL) {
            assertThat(type.dataSchema()).isEqualTo(type.dataSchema(type.schemaVersion()))
                    .isSameAs(type.dataSchema());
        }
    }
}
