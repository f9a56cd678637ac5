package nl.vaardig.ingest.consumer;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a worker does with one polled batch. Returns normally when every record is dealt with (processed or
 * dead-lettered); the worker then commits the offsets. Throwing means "try the batch again later".
 */
interface RecordProcessor {

    void process(List<ConsumerRecord<byte[], byte[]>> records, KillSwitch kill);

    /** Test hook standing in for a crash: see {@link EventWorker#kill}. */
    interface KillSwitch {
        void check(EventWorker.KillPoint point);
    }
}
