package nl.vaardig.ingest.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Says so when a feed job stops moving. A job still reading or processing that made no progress for
 * {@code vaardig.feed.stall-after} becomes STALLED, with its counts and the feed consumer's lag in the message (the
 * API and the upload page show it) and one WARN line in the log. Lag 0 means the consumer has read everything: the
 * missing records will not come. Progress afterwards (the database or the broker was only away) puts the job back
 * to work.
 */
@Component
public class FeedJobWatchdog {

    private static final Logger log = LoggerFactory.getLogger(FeedJobWatchdog.class);

    private final FeedJobs jobs;
    private final KafkaClients kafka;
    private final Duration stallAfter;

    FeedJobWatchdog(FeedJobs jobs, KafkaClients kafka, @Value("${vaardig.feed.stall-after:PT2M}") Duration stallAfter) {
        this.jobs = jobs;
        this.kafka = kafka;
        this.stallAfter = stallAfter;
    }

    @Scheduled(fixedDelayString = "${vaardig.feed.stall-check:PT15S}", initialDelayString = "${vaardig.feed.stall-check:PT15S}")
    void check() {
        try {
            markStalled();
        } catch (DataAccessException e) {
            log.warn("Feed jobs not checked for stalls: the database did not answer ({})", e.getMessage());
        }
    }

    /** Marks the jobs without progress for too long; returns how many. */
    public int markStalled() {
        List<FeedJob> candidates = jobs.withoutProgressFor(stallAfter);
        if (candidates.isEmpty()) {
            return 0;
        }
        Long lag = feedConsumerLag();
        int marked = 0;
        for (FeedJob job : candidates) {
            FeedJob.Stall stall = stall(job, lag);
            String reason = reason(job, stall);
            if (jobs.markStalled(job.id(), job.status(), stallAfter, reason, stall)) {
                marked++;
                log.warn("Feed job {} ({}) stalled: {}", job.id(), job.fileName(), reason);
            }
        }
        return marked;
    }

    private FeedJob.Stall stall(FeedJob job, Long lag) {
        int minutes = (int) Math.max(1, stallAfter.toMinutes());
        FeedJob.Stall.Kind kind = job.status() == FeedJob.Status.READING ? FeedJob.Stall.Kind.READING
                : lag == null ? FeedJob.Stall.Kind.LAG_UNKNOWN
                : lag == 0 ? FeedJob.Stall.Kind.CAUGHT_UP : FeedJob.Stall.Kind.BEHIND;
        return new FeedJob.Stall(kind, minutes, lag);
    }

    /** The English sentence for the log and the message column; the admin page words it from the stall kind. */
    private static String reason(FeedJob job, FeedJob.Stall stall) {
        long minutes = stall.minutes();
        Long lag = stall.lag();
        if (stall.kind() == FeedJob.Stall.Kind.READING) {
            return String.format(Locale.ROOT, "no progress for %d min while reading the file (%d records read); "
                    + "the broker or the database did not answer", minutes, job.recordsRead());
        }
        long outstanding = Math.max(0, job.recordsValid() - job.stored() - job.failed());
        String consumer = lag == null ? "the feed consumer's lag is unknown (broker unreachable)"
                : lag == 0 ? "the feed consumer has read the whole feed topic, so these records will not arrive: "
                        + "upload the file again (records already stored are not stored twice)"
                : "the feed consumer is " + lag + " records behind: still working through other uploads, or unable to "
                        + "store (is the database reachable? see the log)";
        return String.format(Locale.ROOT, "no progress for %d min: %d of %d records stored, %d failed, %d "
                + "outstanding; %s", minutes, job.stored(), job.recordsValid(), job.failed(), outstanding, consumer);
    }

    /** Records on the feed topic the feed consumer group has not committed yet, or null when the broker does not say. */
    private Long feedConsumerLag() {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(FeedIngestHandler.NAME)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int partition = 0; partition < Topic.VACANCY_FEED.partitions(); partition++) {
                latest.put(new TopicPartition(Topic.VACANCY_FEED.topicName(), partition), OffsetSpec.latest());
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null; // the broker is away or slow: the message says the lag is unknown
        }
    }
}
