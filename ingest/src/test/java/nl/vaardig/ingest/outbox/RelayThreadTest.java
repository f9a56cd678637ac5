package nl.vaardig.ingest.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RelayThreadTest {

    // An idle tick far longer than the test: a round that runs again soon was started by a wake-up, not the tick.
    private static final Duration LONG_IDLE = Duration.ofMinutes(10);

    @Test
    void runsRoundsBackToBackWhileWorkIsWaitingThenWaitsForAWakeUp() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch threeRounds = new CountDownLatch(3);
        CountDownLatch fourthRound = new CountDownLatch(4);
        RelayThread relay = new RelayThread("test-relay", LONG_IDLE);
        relay.start(() -> {
            int round = rounds.incrementAndGet();
            threeRounds.countDown();
            fourthRound.countDown();
            return round < 3;  // work waiting in rounds 1 and 2, then the table is empty
        }, failure -> 0);
        try {
            assertThat(threeRounds.await(10, TimeUnit.SECONDS)).isTrue();
            // rounds is incremented before the latch counts down, so it reads 3 now; give a wrongly looping relay
            // time to start a fourth round before checking that it did not.
            Thread.sleep(300);
            assertThat(rounds.get()).as("no round without a wake-up while the table is empty").isEqualTo(3);
            relay.wakeUp();
            assertThat(fourthRound.await(10, TimeUnit.SECONDS)).as("a wake-up starts the next round").isTrue();
        } finally {
            relay.stop();
        }
        assertThat(relay.isRunning()).isFalse();
    }

    @Test
    void aFailedRoundPausesAsTheRelaySaysAndTheRelayGoesOn() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch recovered = new CountDownLatch(1);
        RelayThread relay = new RelayThread("test-relay", LONG_IDLE);
        relay.start(() -> {
            if (failures.get() < 2) {
                throw new IllegalStateException("broker away");
            }
            recovered.countDown();
            return false;
        }, failure -> {
            assertThat(failure).hasMessage("broker away");
            failures.incrementAndGet();
            return 1;
        });
        try {
            assertThat(recovered.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(failures.get()).isEqualTo(2);
        } finally {
            relay.stop();
        }
    }

    @Test
    void stopEndsAWaitingRelayAtOnce() {
        RelayThread relay = new RelayThread("test-relay", LONG_IDLE);
        relay.start(() -> false, failure -> 0);
        long started = System.nanoTime();
        relay.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(relay.isRunning()).isFalse();
    }
}
