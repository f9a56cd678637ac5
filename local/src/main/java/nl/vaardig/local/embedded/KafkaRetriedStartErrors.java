package nl.vaardig.local.embedded;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.NotControllerException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Drops the ERROR lines the embedded broker logs at a start for its controller registration although nothing is
 * wrong (issue 16): the combined node's registration answered {@code NOT_CONTROLLER} while its own controller is
 * still activating, and, on a busy machine, the registration request timed out in the node's own channel before it
 * was sent. Both are sent again by Kafka.
 *
 * <p>Why it is not a problem, from Kafka 4.1's source: {@code ControllerRegistrationManager} sends the node's
 * {@code CONTROLLER_REGISTRATION} as soon as the metadata version allows it, which can be before the
 * {@code QuorumController} has finished claiming leadership; {@code QuorumController.registerController} then fails
 * its future with {@link NotControllerException} (a {@code RetriableException}). {@code ControllerApis.handle} logs
 * every exceptionally completed request future at ERROR ("Unexpected error handling request …") before it sends the
 * error response, and the registration manager, on a {@code NOT_CONTROLLER} response, logs at INFO and sends again
 * after its back-off (100 ms, doubling). Kafka offers no start order or setting that avoids the race in one combined
 * node, so the line is filtered here: only from {@code kafka.server.ControllerApis}, only at ERROR, only for a
 * {@code CONTROLLER_REGISTRATION} request, and only when the exception is a {@link NotControllerException}. Any other
 * error of the controller's request handling still shows, and a registration that never succeeds would still show as
 * the broker not starting.
 *
 * <p>The same manager's {@code RegistrationResponseHandler.onTimeout} logs "channel manager timed out before sending
 * the request" at ERROR and then schedules the same retry ({@code scheduleNextCommunicationAfterFailure}); that line
 * (logger {@code kafka.server.ControllerRegistrationManager}, ERROR, that message) is dropped as well.
 */
public final class KafkaRetriedStartErrors extends TurboFilter {

    static final String LOGGER = "kafka.server.ControllerApis";
    static final String REQUEST = "CONTROLLER_REGISTRATION";
    static final String REGISTRATION_LOGGER = "kafka.server.ControllerRegistrationManager";
    static final String TIMED_OUT = "channel manager timed out before sending the request";

    /**
     * Adds the filter to Logback's context once (again after the logging system was reset, as Spring Boot does when it
     * sets logging up); does nothing when Logback is not the logging backend.
     */
    public static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        synchronized (context) {
            if (context.getTurboFilterList().stream().noneMatch(KafkaRetriedStartErrors.class::isInstance)) {
                KafkaRetriedStartErrors filter = new KafkaRetriedStartErrors();
                filter.setName("vaardig-kafka-retried-start-errors");
                filter.start();
                context.addTurboFilter(filter);
            }
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || format == null) {
            return FilterReply.NEUTRAL;
        }
        if (REGISTRATION_LOGGER.equals(logger.getName())) {
            return format.contains(TIMED_OUT) ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
        if (!LOGGER.equals(logger.getName()) || !format.contains(REQUEST)) {
            return FilterReply.NEUTRAL;
        }
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NotControllerException) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
