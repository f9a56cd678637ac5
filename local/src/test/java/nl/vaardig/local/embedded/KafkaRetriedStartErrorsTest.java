package nl.vaardig.local.embedded;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotControllerException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaRetriedStartErrorsTest {

    /** The message ControllerApis.handle logs (Kafka 4.1), with the request's header as Kafka prints it. */
    private static final String REGISTRATION = "[ControllerApis nodeId=1] Unexpected error handling request "
            + "RequestHeader(apiKey=CONTROLLER_REGISTRATION, apiVersion=0, clientId=1, correlationId=0, headerVersion=2) "
            + "-- ControllerRegistrationRequestData(controllerId=1) with context RequestContext(…)";
    private static final String CREATE_TOPICS = REGISTRATION.replace("CONTROLLER_REGISTRATION", "CREATE_TOPICS");

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();

    @BeforeEach
    void logbackWithTheFilter() {
        KafkaRetriedStartErrors filter = new KafkaRetriedStartErrors();
        filter.start();
        context.addTurboFilter(filter);
        seen.setContext(context);
        seen.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(seen);
    }

    @Test
    void dropsTheRegistrationsNotControllerErrorOfTheActivatingController() {
        Logger apis = context.getLogger(KafkaRetriedStartErrors.LOGGER);
        apis.error(REGISTRATION, new NotControllerException("The active controller appears to be node 1."));
        apis.error(REGISTRATION, new CompletionException(new NotControllerException("No controller appears to be active.")));
        assertThat(seen.list).isEmpty();
    }

    @Test
    void dropsTheRegistrationsTimeOutWhichIsSentAgain() {
        context.getLogger(KafkaRetriedStartErrors.REGISTRATION_LOGGER).error("[ControllerRegistrationManager id=1 "
                + "incarnation=2R8S5v03Tz2DE5RKaRbBog] RegistrationResponseHandler: channel manager timed out before "
                + "sending the request.");
        assertThat(seen.list).isEmpty();
    }

    @Test
    void keepsEveryOtherLine() {
        Logger apis = context.getLogger(KafkaRetriedStartErrors.LOGGER);
        apis.error(REGISTRATION, new TimeoutException("timed out"));
        apis.error(REGISTRATION);
        apis.error(CREATE_TOPICS, new NotControllerException("not the controller"));
        apis.warn(REGISTRATION, new NotControllerException("not the controller"));
        context.getLogger("kafka.server.ControllerRegistrationManager")
                .error(REGISTRATION, new NotControllerException("not the controller"));
        context.getLogger(KafkaRetriedStartErrors.REGISTRATION_LOGGER)
                .error("RegistrationResponseHandler: unsupported API version error");
        assertThat(seen.list).hasSize(6);
    }

    @Test
    void installsOnceIntoTheRunningLogback() {
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        KafkaRetriedStartErrors.install();
        KafkaRetriedStartErrors.install();
        assertThat(running.getTurboFilterList().stream().filter(KafkaRetriedStartErrors.class::isInstance)).hasSize(1);
    }
}
