package nl.vaardig.web.support;

import nl.vaardig.web.VaardigApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole platform on real servers: the local profile's wiring (embedded PostgreSQL and KRaft
 * Kafka, local OIDC provider) on throw-away data and a free HTTP port — or, with
 * {@code -Dvaardig.it.infra=testcontainers} on a machine with Docker, PostgreSQL and Kafka in the
 * containers docker-compose uses. A {@link TestTokens} for the context's own issuer is one of its beans.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = VaardigApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"local", "it"})
@ContextConfiguration(initializers = FreeServerPortInitializer.class)
@Import({ContainerInfrastructure.class, TestTokens.class})
public @interface VaardigIntegrationTest {
}
