package nl.vaardig.ingest.event;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.payload.EventPayload;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Reads and writes envelopes as CloudEvents 1.0 JSON (structured mode): {@code specversion, id, source, type,
 * time, subject, dataschema, datacontenttype, data}, plus the extension attribute {@code region}. Decoding never
 * throws: a record that cannot become an event is {@link Decoded.Rejected} with the reason, for the dead-letter
 * topic.
 */
public final class EnvelopeCodec {

    /** The CloudEvents Kafka binding's content type for structured mode. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    /** Records above this size are refused by consumers by default. */
    public static final int DEFAULT_MAX_BYTES = 512 * 1024;
    /** Distinct {@code source}/{@code dataschema} values kept parsed; beyond it a value is parsed each time. */
    static final int MAX_URIS = 256;

    private final JsonMapper json;
    private final int maxBytes;
    /** Payload readers that stop at the end of {@code data} (the rest of the envelope follows it). */
    private final Map<Class<?>, ObjectReader> payloadReaders = new ConcurrentHashMap<>();
    /** {@code source} and {@code dataschema} values seen: a handful of distinct URIs, parsed once each. */
    private final Map<String, URI> uris = new ConcurrentHashMap<>();

    public EnvelopeCodec() {
        this(DEFAULT_MAX_BYTES);
    }

    public EnvelopeCodec(int maxBytes) {
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1 KiB");
        }
        this.maxBytes = maxBytes;
        this.json = mapper();
    }

    /** The JSON mapper every part of Vaardig's event handling shares (ISO dates, no nulls written). */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** Writes the envelope in one pass (no intermediate tree: the issue 16 profile showed the codec's double work). */
    public byte[] encode(EventEnvelope<? extends EventPayload> envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        encode(envelope, out);
        return out.toByteArray();
    }

    /**
     * The same bytes as {@link #encode(EventEnvelope)}, written to {@code out} (which the generator closes at the
     * end): a bulk writer puts them straight where they go instead of copying an array per event.
     */
    public void encode(EventEnvelope<? extends EventPayload> envelope, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("specversion", EventEnvelope.SPEC_VERSION);
            g.writeStringProperty("id", envelope.id().toString());
            g.writeStringProperty("source", envelope.source().toString());
            g.writeStringProperty("type", envelope.type());
            g.writeStringProperty("time", IsoInstant.format(envelope.time()));
            g.writeStringProperty("subject", envelope.subject());
            if (envelope.region() != null) {
                g.writeStringProperty("region", envelope.region());
            }
            g.writeStringProperty("dataschema", envelope.dataSchema().toString());
            g.writeStringProperty("datacontenttype", "application/json");
            g.writeName("data");
            json.writeValue(g, envelope.data());
            g.writeEndObject();
        }
    }

    public Decoded decode(byte[] bytes) {
        if (bytes == null) {
            return new Decoded.Rejected(DeadLetterReason.BAD_JSON, "empty record (tombstone) where an event was expected");
        }
        if (bytes.length > maxBytes) {
            return new Decoded.Rejected(DeadLetterReason.OVERSIZED,
                    "record of " + bytes.length + " bytes exceeds the limit of " + maxBytes);
        }
        Decoded fast = decodeInOnePass(bytes);
        return fast != null ? fast : decodeThroughTree(bytes);
    }

    /**
     * The common case in one streaming pass: every attribute a string, each once, all before {@code data} (as
     * {@link #encode} writes them), and the payload bound straight from the parser. Returns null for anything
     * else, and for every record that is not accepted, so rejections (and their reasons) always come from
     * {@link #decodeThroughTree}: the two paths cannot disagree on what is refused.
     */
    Decoded decodeInOnePass(byte[] bytes) {
        Map<String, String> attributes = new HashMap<>();
        EventPayload payload = null;
        try (JsonParser p = json.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("data")) {
                    if (payload != null || value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    Optional<EventType<?>> type = readable(attributes, this::uri);
                    if (type.isEmpty()) {
                        return null;
                    }
                    payload = payloadReaders.computeIfAbsent(type.get().payloadClass(),
                            c -> json.readerFor(c).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)).readValue(p);
                } else if (value != JsonToken.VALUE_STRING || attributes.put(name, p.getString()) != null) {
                    return null;
                }
            }
            if (payload == null || p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return new Decoded.Accepted(new EventEnvelope<>(UUID.fromString(attributes.get("id")),
                    uri(attributes.get("source")), attributes.get("type"), IsoInstant.parse(attributes.get("time")),
                    attributes.get("subject"), attributes.get("region"), uri(attributes.get("dataschema")), payload));
        } catch (RuntimeException e) {
            return null; // JacksonException included: the tree path names the reason
        }
    }

    /** The event type, when the attributes seen so far make a record this consumer can read. */
    private static Optional<EventType<?>> readable(Map<String, String> attributes, Function<String, URI> uri) {
        for (String required : List.of("specversion", "id", "source", "type", "time", "subject", "dataschema")) {
            String value = attributes.get(required);
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
        }
        if (!EventEnvelope.SPEC_VERSION.equals(attributes.get("specversion"))) {
            return Optional.empty();
        }
        return EventCatalogue.byType(attributes.get("type"))
                .filter(type -> type.reads(uri.apply(attributes.get("dataschema"))));
    }

    /** {@link URI#create}, remembered for the first {@value #MAX_URIS} distinct values (senders use a few). */
    URI uri(String text) {
        URI known = uris.get(text);
        if (known != null) {
            return known;
        }
        URI parsed = URI.create(text);
        if (uris.size() < MAX_URIS) {
            uris.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    private Decoded decodeThroughTree(byte[] bytes) {
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (JacksonException e) {
            return new Decoded.Rejected(DeadLetterReason.BAD_JSON, firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return new Decoded.Rejected(DeadLetterReason.BAD_JSON, "not a JSON object");
        }
        String type = text(node, "type");
        if (type == null) {
            return new Decoded.Rejected(DeadLetterReason.INVALID_ENVELOPE, "missing attribute 'type'");
        }
        Optional<EventType<?>> eventType = EventCatalogue.byType(type);
        if (eventType.isEmpty()) {
            return new Decoded.Rejected(DeadLetterReason.UNKNOWN_TYPE, "unknown event type " + type);
        }
        String specVersion = text(node, "specversion");
        if (!EventEnvelope.SPEC_VERSION.equals(specVersion)) {
            return new Decoded.Rejected(DeadLetterReason.INVALID_ENVELOPE, "specversion must be 1.0, was " + specVersion);
        }
        URI dataSchema;
        try {
            dataSchema = URI.create(required(node, "dataschema"));
            SchemaVersion.of(dataSchema);
        } catch (IllegalArgumentException e) {
            return new Decoded.Rejected(DeadLetterReason.INVALID_ENVELOPE, e.getMessage());
        }
        if (!eventType.get().reads(dataSchema)) {
            return new Decoded.Rejected(DeadLetterReason.UNKNOWN_SCHEMA_VERSION, type + " with dataschema "
                    + dataSchema + " (this consumer reads up to " + eventType.get().dataSchema() + ")");
        }
        EventEnvelope<EventPayload> envelope;
        try {
            UUID id = UUID.fromString(required(node, "id"));
            URI source = URI.create(required(node, "source"));
            Instant time = Instant.parse(required(node, "time"));
            String subject = required(node, "subject");
            String region = text(node, "region");
            JsonNode data = node.get("data");
            if (data == null || !data.isObject()) {
                return new Decoded.Rejected(DeadLetterReason.INVALID_PAYLOAD, "missing 'data' object");
            }
            EventPayload payload;
            try {
                payload = json.treeToValue(data, eventType.get().payloadClass());
            } catch (JacksonException e) {
                return new Decoded.Rejected(DeadLetterReason.INVALID_PAYLOAD, rootMessage(e));
            }
            envelope = new EventEnvelope<>(id, source, type, time, subject, region, dataSchema, payload);
        } catch (RuntimeException e) {
            return new Decoded.Rejected(DeadLetterReason.INVALID_ENVELOPE, rootMessage(e));
        }
        return new Decoded.Accepted(envelope);
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing attribute '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JacksonException j ? j.getOriginalMessage() : root.getMessage();
        return firstLine(message == null ? root.getClass().getSimpleName() : message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** UTF-8 text of a record for people to read (dead-letter screen); never throws. */
    public static String readable(byte[] bytes, int maxChars) {
        if (bytes == null) {
            return "";
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > maxChars ? text.substring(0, maxChars) + "…" : text;
    }
}
