package nl.vaardig.ingest.kafka;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaClientsTest {

    private static EventsProperties properties(int fetchMinBytes) {
        return new EventsProperties("local", true, true, (short) 1, 2000, Duration.ofMillis(200), 2000, 524288,
                fetchMinBytes, 3, Duration.ofDays(100));
    }

    @Test
    void aConsumerFetchWaitsForItsMinimumBytesAtMostTheFetchWait() {
        var config = new KafkaClients("localhost:1", properties(262_144)).consumerConfig("g", "c", "earliest");

        assertThat(config).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 262_144)
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100)
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000)
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    @Test
    void aMinimumBelowOneByteIsRefused() {
        assertThatThrownBy(() -> properties(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
