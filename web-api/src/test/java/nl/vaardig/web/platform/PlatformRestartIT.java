package nl.vaardig.web.platform;

import nl.vaardig.local.embedded.EmbeddedServers;
import nl.vaardig.local.embedded.FreePorts;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.LocalPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping and starting the platform loses nothing: what was written to PostgreSQL and to Kafka
 * before the stop is there after the start, with the same OIDC signing key (tokens stay valid).
 */
class PlatformRestartIT {

    private static final String TOPIC = "vaardig.it.restart-check";

    @TempDir
    Path dataDirectory;

    /** Also after a failed assertion: the servers run for the JVM, and their folder is deleted after this. */
    @AfterEach
    void stopServers() {
        EmbeddedServers.stopIfStarted(dataDirectory);
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("vaardig.data-directory", dataDirectory.toString());
        properties.put("vaardig.embedded.postgres.port", FreePorts.pick());
        properties.put("vaardig.embedded.kafka.port", FreePorts.pickWithNext());
        properties.put("vaardig.mail.local-server.port", 0);
        properties.put("vaardig.embedded.lifecycle", "jvm");
        properties.put("server.port", FreePorts.pick());
        properties.put("logging.file.name", "");
        properties.put("logging.structured.format.file", "");
        // the local profile's demo data at the integration tests' small sizes: this test is about persistence
        properties.put("vaardig.demo.vacancies", 300);
        properties.put("vaardig.demo.profiles", 300);
        properties.put("vaardig.demo.routes", 300);
        properties.put("vaardig.lmi.synthetic.vacancies", 4000);
        properties.put("vaardig.lmi.synthetic.profiles", 2500);
        properties.put("vaardig.lmi.synthetic.in-background", false);
        String marker = UUID.randomUUID().toString();
        String token;

        try (ConfigurableApplicationContext first = LocalPlatform.start(properties, "local")) {
            Http http = LocalPlatform.http(first);
            token = LocalPlatform.tokens(first).jobSeeker("restart-" + marker);
            assertThat(http.put("/api/me/preferences", "{\"language\":\"en\"}", bearer(token)).statusCode())
                    .isEqualTo(204);
            String bootstrap = first.getEnvironment().getProperty("spring.kafka.bootstrap-servers");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                producer.send(new ProducerRecord<>(TOPIC, marker, marker)).get();
            }
        }
        EmbeddedServers.existing(dataDirectory).stop();

        try (ConfigurableApplicationContext second = LocalPlatform.start(properties, "local")) {
            Http http = LocalPlatform.http(second);
            assertThat(http.get("/api/me", bearer(token)).body())
                    .as("the token signed before the restart is still valid and the preference survived")
                    .contains("\"language\":\"en\"");
            String bootstrap = second.getEnvironment().getProperty("spring.kafka.bootstrap-servers");
            assertThat(readAll(bootstrap)).contains(marker);
        } finally {
            EmbeddedServers.existing(dataDirectory).stop();
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static List<String> readAll(String bootstrap) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
