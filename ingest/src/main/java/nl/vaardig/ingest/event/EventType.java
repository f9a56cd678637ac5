package nl.vaardig.ingest.event;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import nl.vaardig.ingest.event.payload.EventPayload;

/**
 * One kind of event: its CloudEvents {@code type}, the topic it travels on, the payload record and the schema
 * version producers write now. Consumers read every version from 1 up to {@link #schemaVersion()}; a newer
 * version than they know is a poison message for them (dead letter, reason {@code UNKNOWN_SCHEMA_VERSION}).
 *
 * @param schemaName last-but-one path segment of the dataschema URI, e.g. {@code vacancy-published}
 */
public record EventType<T extends EventPayload>(String type, Topic topic, Class<T> payloadClass, String schemaName,
                                                int schemaVersion) {

    public static final String SCHEMA_BASE = "https://vaardig.nl/schemas/";
    /** The current dataschema URI of each type seen (the catalogue's dozen): every produced event names it. */
    private static final Map<EventType<?>, URI> CURRENT_SCHEMAS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 256;

    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadClass, "payloadClass");
        Objects.requireNonNull(schemaName, "schemaName");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema versions start at 1");
        }
    }

    /** The dataschema URI producers write. */
    public URI dataSchema() {
        URI known = CURRENT_SCHEMAS.get(this);
        if (known != null) {
            return known;
        }
        URI schema = dataSchema(schemaVersion);
        if (CURRENT_SCHEMAS.size() < MAX_REMEMBERED) {
            CURRENT_SCHEMAS.putIfAbsent(this, schema);
        }
        return schema;
    }

    public URI dataSchema(int version) {
        return URI.create(SCHEMA_BASE + schemaName + "/" + version);
    }

    /** Whether a consumer built against this catalogue can read that version of the schema. */
    public boolean reads(URI dataSchema) {
        if (!dataSchema.toString().startsWith(SCHEMA_BASE + schemaName + "/")) {
            return false;
        }
        int version = SchemaVersion.of(dataSchema);
        return version >= 1 && version <= schemaVersion;
    }
}
