package nl.vaardig.web.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Testcontainers switch: with {@code -Dvaardig.it.infra=testcontainers} the integration tests
 * run against the PostgreSQL and Kafka images of docker-compose.yml instead of the embedded
 * servers (which then do not start). Needs a Docker engine; the default needs none.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vaardig.it.infra", havingValue = "testcontainers")
public class ContainerInfrastructure {

    public static final String POSTGRES_IMAGE = "postgres:17.6";
    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE)).withDatabaseName("vaardig");
    }

    @Bean
    @ServiceConnection
    KafkaContainer kafka() {
        return new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
    }
}
