package nl.vaardig.web.feed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.consumer.IdempotentConsumer;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.EventEnvelope;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.FeedVacancyReceived;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.ingest.feed.FeedVacancy;
import nl.vaardig.ingest.pipeline.FeedIngestHandler;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed consumer's store step alone, as its worker runs it (one transaction per batch: durable commit, event
 * claims, extraction, vacancy upsert, outbox, job progress), on the platform's own PostgreSQL: per 1,000 records the
 * consumer thread's CPU in the store step, the step's wall time, and the CPU of the PostgreSQL backend that served
 * the transaction (from /proc; commit included). Records shaped like {@link IngestReliabilityIT}'s. A benchmark, not
 * part of the suite: {@code -Dvaardig.bench.feed-store=true}, batches with {@code -Dvaardig.bench.feed-store.batches}.
 */
@VaardigIntegrationTest
@EnabledIfSystemProperty(named = "vaardig.bench.feed-store", matches = "true")
class FeedStoreBenchIT {

    static final int BATCH = 2_000;
    static final int WARM_UP = 5;
    static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    @Autowired
    FeedIngestHandler handler;
    @Autowired
    IdempotentConsumer idempotency;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaxonomyRuntime taxonomy;

    final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void storeStepCostPerThousandRecords() throws Exception {
        int measured = Integer.getInteger("vaardig.bench.feed-store.batches", 20);
        UUID job = UUID.randomUUID();
        jdbc.update("insert into feed_job (id, feed, file_name, format, uploaded_by, status, records_read, records_valid) "
                + "values (?, 'bench', 'bench.jsonl', 'JSONL', 'bench', 'PROCESSING', ?, ?)",
                job, (long) BATCH * (WARM_UP + measured) * 2, (long) BATCH * (WARM_UP + measured) * 2);
        long wall = 0;
        long cpu = 0;
        long postgresTicks = 0;
        for (int b = 0; b < WARM_UP + measured; b++) {
            List<ConsumedEvent> events = batch(job, b);
            long[] before = handler.nanosExtractAndStore();
            long ticks = inOneTransaction(events);
            long[] after = handler.nanosExtractAndStore();
            if (b >= WARM_UP) {
                wall += after[1] - before[1];
                cpu += after[2] - before[2];
                postgresTicks += ticks;
            }
        }
        long records = (long) BATCH * measured;
        System.out.printf(Locale.ROOT, "FEED-STORE-BENCH: %d records in batches of %d: store step wall %.1f ms, consumer "
                        + "thread CPU %.1f ms, PostgreSQL backend CPU (claims, store, commit) %.1f ms per 1,000 records%n",
                records, BATCH, wall / 1e6 * 1000 / records, cpu / 1e6 * 1000 / records,
                postgresTicks / TICKS_PER_SECOND * 1e3 * 1000 / records);
        assertThat(jdbc.queryForObject("select count(*) from vacancy where source = 'feed:bench'", Long.class))
                .isEqualTo((long) BATCH * (WARM_UP + measured));
        assertThat(jdbc.queryForObject("select stored from feed_job where id = ?", Long.class, job))
                .isEqualTo((long) BATCH * (WARM_UP + measured));
    }

    /** What the feed consumer's worker does with one batch; returns the serving backend's CPU ticks. */
    private long inOneTransaction(List<ConsumedEvent> events) {
        long[] ticks = new long[1];
        transactions.executeWithoutResult(status -> {
            idempotency.commitDurably();
            long pid = jdbc.queryForObject("select pg_backend_pid()", Long.class);
            ticks[0] = -ticks(pid);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int outcome) {
                    ticks[0] += ticks(pid); // before the connection goes back to the pool
                }
            });
            idempotency.claim(FeedIngestHandler.NAME, events.stream().map(e -> e.envelope().id()).toList());
            handler.handle(events);
        });
        return ticks[0];
    }

    @SuppressWarnings("unchecked")
    private List<ConsumedEvent> batch(UUID job, int b) {
        String[] texts = {
                "Je werkt met Microsoft Excel, voert de boekhouding en spreekt vloeiend Engels.",
                "Je verzorgt cliënten in de wijk, geeft medicatie en werkt samen met de huisarts.",
                "Je programmeert in Java en SQL en werkt in een agile team.",
                "Je bedient de heftruck, laadt en lost vrachtwagens en houdt de voorraad bij."};
        List<ConsumedEvent> events = new ArrayList<>(BATCH);
        for (int j = 0; j < BATCH; j++) {
            int i = b * BATCH + j;
            List<VacancyState.SkillRequirement> skills = i % 2 == 0
                    ? List.of(new VacancyState.SkillRequirement(taxonomy.taxonomy().skillAt(i % 500).uri().value(), true))
                    : List.of();
            FeedVacancy v = new FeedVacancy("bench", "B-" + i, "Werkgever " + (i % 997), "Medewerker " + i,
                    texts[i % texts.length], String.format(Locale.ROOT, "AM%02d", 1 + i % 35), null, null, null, 24, 36,
                    "PERMANENT", null, null, skills, LocalDate.of(2025, 3, 1), LocalDate.of(2099, 12, 31));
            EventEnvelope<? extends EventPayload> envelope = EventCatalogue.envelope(new FeedVacancyReceived(job, i + 1, v));
            events.add(new ConsumedEvent((EventEnvelope<EventPayload>) envelope, Topic.VACANCY_FEED.topicName(), 0, i,
                    codec.encode(envelope)));
        }
        return events;
    }

    /** utime + stime of one process, in clock ticks. */
    private static long ticks(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            String[] stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
