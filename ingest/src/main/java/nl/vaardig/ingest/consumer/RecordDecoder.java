package nl.vaardig.ingest.consumer;

import nl.vaardig.ingest.event.Decoded;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a (non-tombstone) record as an event, or the reason it is poison; never throws. */
@FunctionalInterface
interface RecordDecoder {
    Decoded decode(ConsumerRecord<byte[], byte[]> record);
}
