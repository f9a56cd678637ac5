package nl.vaardig.ingest.kafka;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The event machinery's settings, and scheduling for its housekeeping (heartbeats, de-dup table clean-up). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
@EnableScheduling
class EventsConfiguration {
}
