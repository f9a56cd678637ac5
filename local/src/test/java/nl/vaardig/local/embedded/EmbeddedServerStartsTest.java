package nl.vaardig.local.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class EmbeddedServerStartsTest {

    @Test
    void theDataSourceIsHandedOutOnlyOncePostgresIsUpWhileOtherBeansPassAtOnce() throws Exception {
        CountDownLatch postgresUp = new CountDownLatch(1);
        EmbeddedServerStarts starts = EmbeddedServerStarts.begin(() -> awaitQuietly(postgresUp), "postgres",
                null, null);
        WaitForEmbeddedServers gate = new WaitForEmbeddedServers(starts);

        Object other = new Object();
        assertThat(gate.postProcessBeforeInitialization(other, "other")).isSameAs(other);
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource();
        CompletableFuture<Object> handedOut = CompletableFuture.supplyAsync(
                () -> gate.postProcessBeforeInitialization(dataSource, "dataSource"));
        assertThatThrownBy(() -> handedOut.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        postgresUp.countDown();
        assertThat(handedOut.get(10, TimeUnit.SECONDS)).isSameAs(dataSource);
    }

    @Test
    void theFirstLifecyclePhaseWaitsForTheBroker() throws Exception {
        CountDownLatch brokerUp = new CountDownLatch(1);
        EmbeddedServerStarts starts = EmbeddedServerStarts.begin(null, null, () -> awaitQuietly(brokerUp), "kafka");
        EmbeddedKafkaStartGate gate = new EmbeddedKafkaStartGate(starts);
        assertThat(gate.getPhase()).isEqualTo(Integer.MIN_VALUE);
        assertThat(gate.isAutoStartup()).isTrue();

        CompletableFuture<Void> started = CompletableFuture.runAsync(gate::start);
        assertThatThrownBy(() -> started.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(gate.isRunning()).isFalse();

        brokerUp.countDown();
        started.get(10, TimeUnit.SECONDS);
        assertThat(gate.isRunning()).isTrue();
        // the data source does not wait for the broker
        assertThat(new WaitForEmbeddedServers(starts).postProcessBeforeInitialization(new SimpleDriverDataSource(), "ds"))
                .isNotNull();
    }

    @Test
    void aFailedStartIsThrownAsItselfToWhoeverWaitsForThatServer() {
        EmbeddedServerStarts starts = EmbeddedServerStarts.begin(
                () -> {
                    throw new IllegalStateException("initdb failed");
                }, "postgres",
                () -> { }, "kafka");
        starts.awaitSettled();
        assertThatThrownBy(starts::awaitPostgres).isInstanceOf(IllegalStateException.class).hasMessage("initdb failed");
        assertThatThrownBy(() -> new WaitForEmbeddedServers(starts)
                .postProcessBeforeInitialization(new SimpleDriverDataSource(), "dataSource"))
                .isInstanceOf(IllegalStateException.class).hasMessage("initdb failed");
        starts.awaitKafka();
    }

    @Test
    void bothStartsRunAtTheSameTimeOnTheirOwnThreads() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Runnable start = () -> {
            bothRunning.countDown();
            awaitQuietly(bothRunning);
        };
        EmbeddedServerStarts starts = EmbeddedServerStarts.begin(start, "postgres", start, "kafka");
        assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();
        starts.awaitPostgres();
        starts.awaitKafka();
    }

    @Test
    void thePlannedJdbcUrlIsTheRunningServersUrl(@TempDir Path data) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(data.resolve("postgres"), 0);
        String planned = server.plannedJdbcUrl();
        int port = server.reservePort();
        try {
            server.start();
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.jdbcUrl()).isEqualTo(planned);
        } finally {
            server.close();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
