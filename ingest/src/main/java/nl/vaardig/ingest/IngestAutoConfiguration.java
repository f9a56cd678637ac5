package nl.vaardig.ingest;

import nl.vaardig.ingest.consumer.EventWorkers;
import nl.vaardig.ingest.deadletter.DeadLetterQueries;
import nl.vaardig.ingest.kafka.KafkaClients;
import nl.vaardig.ingest.outbox.Outbox;
import nl.vaardig.ingest.pipeline.FeedJobs;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The event platform for an application that has this module on its class path: outbox and relay, event workers,
 * dead letters and the feed pipeline. The application supplies a {@code DataSource} with its transactions, the
 * {@code spring.kafka.bootstrap-servers} and {@code vaardig.events.*} settings, and the feed pipeline's
 * {@code FeedVacancyStore}, {@code SkillExtractor} and {@code RegionResolver}.
 */
@AutoConfiguration
@ComponentScan(basePackageClasses = {KafkaClients.class, Outbox.class, EventWorkers.class, DeadLetterQueries.class,
        FeedJobs.class})
public class IngestAutoConfiguration {
}
