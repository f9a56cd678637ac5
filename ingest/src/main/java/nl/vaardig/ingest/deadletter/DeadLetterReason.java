package nl.vaardig.ingest.deadletter;

/** Why a record went to the dead-letter topic instead of being processed. */
public enum DeadLetterReason {
    /** Not JSON, or not a JSON object. */
    BAD_JSON,
    /** Larger than a consumer accepts. */
    OVERSIZED,
    /** The envelope lacks a required attribute or has an invalid one. */
    INVALID_ENVELOPE,
    /** An event type this catalogue does not know. */
    UNKNOWN_TYPE,
    /** A known type with a schema version newer than this consumer reads. */
    UNKNOWN_SCHEMA_VERSION,
    /** The data does not fit the schema (missing field, value out of range). */
    INVALID_PAYLOAD,
    /** A feed row that failed validation before it reached Kafka (reported with its line number). */
    VALIDATION_FAILED,
    /** Valid, but processing failed repeatedly (e.g. a constraint in the store). */
    PROCESSING_FAILED
}
