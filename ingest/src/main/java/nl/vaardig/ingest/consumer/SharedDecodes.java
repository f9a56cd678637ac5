package nl.vaardig.ingest.consumer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import nl.vaardig.ingest.event.Decoded;

/**
 * One decode per record for the consumers of one instance that read the same topic (issue 16: four consumers
 * decoded every vacancy event each). Each consumer still fetches its own records and commits its own offsets;
 * only the decoding is shared. The first consumer to decode a record keeps the accepted event here until the
 * topic's other readers have taken it, or until {@code capacity} newer records pushed it out (a reader that
 * crashed or lags far behind decodes for itself again).
 *
 * <p>A hit needs the same topic, partition and offset <em>and</em> byte-for-byte the same record: decoding is a
 * function of the bytes alone, so a shared result is exactly what the consumer would have decoded itself (a
 * recreated topic that reuses offsets is decoded anew). Decoded events are immutable records, safe to share
 * between the worker threads. Rejected records are not kept: each consumer dead-letters them under its own name.
 */
final class SharedDecodes {

    private record Key(String topic, int partition, long offset) {
    }

    private static final class Kept {
        final byte[] bytes;
        final Decoded.Accepted decoded;
        int readersLeft;

        Kept(byte[] bytes, Decoded.Accepted decoded, int readersLeft) {
            this.bytes = bytes;
            this.decoded = decoded;
            this.readersLeft = readersLeft;
        }
    }

    private final Function<byte[], Decoded> decoder;
    private final Map<Key, Kept> entries;
    private final AtomicLong decodes = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();

    SharedDecodes(Function<byte[], Decoded> decoder, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16) * 4 / 3 + 1) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The record decoded, shared with the other {@code readers - 1} consumers of its topic in this instance.
     * With one reader nothing is kept.
     */
    Decoded decode(String topic, int partition, long offset, byte[] bytes, int readers) {
        if (readers <= 1) {
            decodes.incrementAndGet();
            return decoder.apply(bytes);
        }
        Key key = new Key(topic, partition, offset);
        synchronized (entries) {
            Kept entry = entries.get(key);
            if (entry != null && Arrays.equals(entry.bytes, bytes)) {
                hits.incrementAndGet();
                if (--entry.readersLeft <= 0) {
                    entries.remove(key);
                }
                return entry.decoded;
            }
        }
        decodes.incrementAndGet();
        Decoded decoded = decoder.apply(bytes);
        if (decoded instanceof Decoded.Accepted accepted) {
            synchronized (entries) {
                entries.put(key, new Kept(bytes, accepted, readers - 1));
            }
        }
        return decoded;
    }

    /** Records decoded here (misses, and every record of a topic with one reader). */
    long decodes() {
        return decodes.get();
    }

    /** Records answered with another consumer's decode. */
    long hits() {
        return hits.get();
    }

    /** Decoded records kept for readers that have not come yet. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
