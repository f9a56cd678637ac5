package nl.vaardig.local.embedded;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes the embedded broker's fatal faults visible. Kafka ends the process on a fatal fault
 * ({@code Exit.halt(1)} from its fault handlers): without this the platform — or a test JVM — vanishes
 * with exit code 1 and not a line saying why. The process still ends, as Kafka requires; first the
 * reason and the stack that asked for it are written to the log and to standard error (the log's
 * appenders may not flush before a halt).
 */
final class KafkaExitProcedures {

    private static final Logger log = LoggerFactory.getLogger(KafkaExitProcedures.class);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private KafkaExitProcedures() {
    }

    static void install() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        Exit.setHaltProcedure((status, message) -> {
            report("halts", status, message);
            Runtime.getRuntime().halt(status);
        });
        Exit.setExitProcedure((status, message) -> {
            report("exits", status, message);
            System.exit(status);
        });
    }

    private static void report(String action, int status, String message) {
        IllegalStateException where = new IllegalStateException(
                "Embedded Kafka " + action + " the process with status " + status + ": " + message);
        log.error(where.getMessage(), where);
        System.err.println(where.getMessage());
        where.printStackTrace(System.err);
        System.err.flush();
    }
}
