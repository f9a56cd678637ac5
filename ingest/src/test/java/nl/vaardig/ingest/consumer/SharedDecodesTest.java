package nl.vaardig.ingest.consumer;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.Decoded;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedDecodesTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final AtomicInteger calls = new AtomicInteger();
    private final Function<byte[], Decoded> counting = bytes -> {
        calls.incrementAndGet();
        return codec.decode(bytes);
    };

    private byte[] event() {
        return codec.encode(EventCatalogue.envelope(new ProfileDeleted(java.util.UUID.randomUUID(), "AM22")));
    }

    @Test
    void theReadersOfATopicDecodeARecordOnceAndGetTheSameEvent() {
        SharedDecodes decodes = new SharedDecodes(counting, 100);
        byte[] record = event();
        Decoded first = decodes.decode("vaardig.profile", 3, 41, record, 3);
        Decoded second = decodes.decode("vaardig.profile", 3, 41, record.clone(), 3);
        Decoded third = decodes.decode("vaardig.profile", 3, 41, record.clone(), 3);

        assertThat(calls).hasValue(1);
        assertThat(second).isSameAs(first).isInstanceOf(Decoded.Accepted.class);
        assertThat(third).isSameAs(first);
        assertThat(decodes.hits()).isEqualTo(2);
        assertThat(decodes.size()).as("taken by every reader: not kept").isZero();
    }

    @Test
    void aFourthReadOfAThreeReaderRecordDecodesAgain() {
        SharedDecodes decodes = new SharedDecodes(counting, 100);
        byte[] record = event();
        for (int i = 0; i < 4; i++) {
            decodes.decode("vaardig.profile", 0, 7, record, 3);
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void differentBytesAtTheSameOffsetAreDecodedAnew() {
        SharedDecodes decodes = new SharedDecodes(counting, 100);
        Decoded a = decodes.decode("vaardig.profile", 0, 7, event(), 2);
        Decoded b = decodes.decode("vaardig.profile", 0, 7, event(), 2);

        assertThat(calls).hasValue(2);
        assertThat(((Decoded.Accepted) b).envelope().id()).isNotEqualTo(((Decoded.Accepted) a).envelope().id());
    }

    @Test
    void otherCoordinatesAreOtherRecords() {
        SharedDecodes decodes = new SharedDecodes(counting, 100);
        byte[] record = event();
        decodes.decode("vaardig.profile", 0, 7, record, 2);
        decodes.decode("vaardig.profile", 1, 7, record, 2);
        decodes.decode("vaardig.profile", 0, 8, record, 2);
        decodes.decode("vaardig.learning", 0, 7, record, 2);
        assertThat(calls).hasValue(4);
    }

    @Test
    void aTopicWithOneReaderKeepsNothing() {
        SharedDecodes decodes = new SharedDecodes(counting, 100);
        byte[] record = event();
        decodes.decode("vaardig.vacancy-feed", 0, 1, record, 1);
        decodes.decode("vaardig.vacancy-feed", 0, 1, record, 1);
        assertThat(calls).hasValue(2);
        assertThat(decodes.size()).isZero();
    }

    @Test
    void rejectedRecordsAreNotKeptSoEachConsumerDeadLettersThemItself() {
        SharedDecodes decodes = new SharedDecodes(counting, 100);
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
        Decoded first = decodes.decode("vaardig.profile", 0, 1, poison, 2);
        Decoded second = decodes.decode("vaardig.profile", 0, 1, poison, 2);

        assertThat(calls).hasValue(2);
        assertThat(first).isInstanceOf(Decoded.Rejected.class);
        assertThat(((Decoded.Rejected) second).reason()).isEqualTo(DeadLetterReason.BAD_JSON);
        assertThat(decodes.size()).isZero();
    }

    @Test
    void aReaderThatNeverComesCostsAtMostTheCapacity() {
        SharedDecodes decodes = new SharedDecodes(counting, 10);
        byte[][] records = new byte[25][];
        for (int offset = 0; offset < 25; offset++) {
            records[offset] = event();
            decodes.decode("vaardig.profile", 0, offset, records[offset], 2);
        }
        assertThat(decodes.size()).isEqualTo(10);
        decodes.decode("vaardig.profile", 0, 24, records[24], 2);
        assertThat(calls).as("the newest is still there").hasValue(25);
        decodes.decode("vaardig.profile", 0, 0, records[0], 2);
        assertThat(calls).as("the oldest was pushed out").hasValue(26);
    }
}
