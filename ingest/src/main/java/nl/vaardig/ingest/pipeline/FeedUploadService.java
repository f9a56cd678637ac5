package nl.vaardig.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vaardig.ingest.deadletter.DeadLetter;
import nl.vaardig.ingest.deadletter.DeadLetterPublisher;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.EventEnvelope;
import nl.vaardig.ingest.event.RegionPartitioning;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.FeedVacancyReceived;
import nl.vaardig.ingest.feed.FeedFormat;
import nl.vaardig.ingest.feed.FeedHeaderException;
import nl.vaardig.ingest.feed.FeedReader;
import nl.vaardig.ingest.feed.FeedRow;
import nl.vaardig.ingest.feed.RegionResolver;
import nl.vaardig.ingest.kafka.AcknowledgedSender;
import nl.vaardig.ingest.kafka.Backoff;
import nl.vaardig.ingest.kafka.EventsProperties;
import nl.vaardig.ingest.kafka.KafkaClients;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes an uploaded feed file: keeps it in a temporary file, answers with a job id at once, and then (in the
 * background) reads it record by record: valid records go to the feed topic, invalid ones to the dead-letter
 * topic with their line number. Chunks are sent again if the broker did not acknowledge them; event ids are
 * derived from job and line, so a resent record is still processed once.
 */
@Service
public class FeedUploadService {

    private static final Logger log = LoggerFactory.getLogger(FeedUploadService.class);
    private static final int CHUNK = 2000;

    private final FeedJobs jobs;
    private final AcknowledgedSender sender;
    private final DeadLetterPublisher deadLetters;
    private final RegionResolver regions;
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final Clock clock = Clock.systemUTC();

    public FeedUploadService(FeedJobs jobs, KafkaClients clients, DeadLetterPublisher deadLetters,
                             RegionResolver regions, EventsProperties properties) {
        this.jobs = jobs;
        this.sender = new AcknowledgedSender(clients, "vaardig-feed-upload-" + properties.instanceId(), "");
        this.deadLetters = deadLetters;
        this.regions = regions;
    }

    /** Starts a job for the uploaded bytes; returns its id once the file is safely on disk. */
    public UUID start(String feed, String fileName, FeedFormat format, String uploadedBy, InputStream body) {
        UUID id = UUID.randomUUID();
        new FeedReader(feed, regions); // validates the feed name before anything is stored
        Path file;
        try {
            file = Files.createTempFile("vaardig-feed-", ".upload");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the upload", e);
        }
        jobs.create(id, feed, fileName, format.name(), uploadedBy);
        Thread.ofVirtual().name("vaardig-feed-" + id).start(() -> read(id, feed, format, file));
        return id;
    }

    private void read(UUID jobId, String feed, FeedFormat format, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<FeedRow> chunk = new ArrayList<>(CHUNK);
            new FeedReader(feed, regions).read(in, format, row -> {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    send(jobId, feed, chunk);
                    chunk.clear();
                }
            });
            send(jobId, feed, chunk);
            jobs.readingFinished(jobId);
        } catch (FeedHeaderException e) {
            jobs.readingFailed(jobId, e.getMessage());
        } catch (RuntimeException | IOException e) {
            log.error("Feed job {} stopped reading", jobId, e);
            jobs.readingFailed(jobId, "the file could not be read to the end: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is removed by the OS
            }
        }
    }

    private void send(UUID jobId, String feed, List<FeedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<DeadLetter> invalid = new ArrayList<>();
        for (FeedRow row : rows) {
            switch (row) {
                case FeedRow.Valid valid -> records.add(record(jobId, valid));
                case FeedRow.Invalid bad -> invalid.add(new DeadLetter(lineId(jobId, bad.line(), "invalid"),
                        "upload:" + feed, null, null, "vaardig.feed-upload", DeadLetterReason.VALIDATION_FAILED,
                        bad.reason(), bad.original().getBytes(StandardCharsets.UTF_8), null, jobId, bad.line(),
                        clock.instant()));
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                deadLetters.publish(invalid);
                sender.sendAll(records);
                break;
            } catch (RuntimeException e) {
                if (attempt >= 20) {
                    throw e;
                }
                log.warn("Feed job {}: chunk not acknowledged ({}), sending again", jobId, e.getMessage());
                sender.reset();
                Backoff.sleep(Math.min(5000, 250L * attempt));
            }
        }
        jobs.addRead(jobId, records.size(), invalid.size());
    }

    private ProducerRecord<String, byte[]> record(UUID jobId, FeedRow.Valid row) {
        FeedVacancyReceived payload = new FeedVacancyReceived(jobId, row.line(), row.vacancy());
        EventEnvelope<FeedVacancyReceived> envelope = new EventEnvelope<>(lineId(jobId, row.line(), "event"),
                EventCatalogue.WEB_API_SOURCE, EventCatalogue.FEED_VACANCY_RECEIVED.type(), clock.instant(),
                payload.subject(), payload.region(), EventCatalogue.FEED_VACANCY_RECEIVED.dataSchema(), payload);
        int partition = RegionPartitioning.partitionFor(payload.region(), payload.subject(), Topic.VACANCY_FEED.partitions());
        return new ProducerRecord<>(Topic.VACANCY_FEED.topicName(), partition, payload.subject(), codec.encode(envelope));
    }

    /** Deterministic per job and line: a resent record keeps its id. */
    static UUID lineId(UUID jobId, long line, String kind) {
        return UUID.nameUUIDFromBytes((jobId + "|" + line + "|" + kind).getBytes(StandardCharsets.UTF_8));
    }
}
