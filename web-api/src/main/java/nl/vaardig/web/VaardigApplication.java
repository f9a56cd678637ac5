package nl.vaardig.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

@SpringBootApplication
public class VaardigApplication {

    /** Carrier threads of the virtual threads that serve requests, unless the JVM is started with another number. */
    static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";
    static final int MIN_CARRIERS = 16;
    /**
     * {@code -Dvaardig.startup.steps=jfr}: Spring records each start-up step (every bean's creation with its name, the
     * configuration classes, the context refresh) as a Java Flight Recorder event, for a start profiled with
     * {@code -XX:StartFlightRecording} (docs/benchmarks.md, "Start and log"); off by default.
     */
    static final String STARTUP_STEPS = "vaardig.startup.steps";

    public static void main(String[] args) {
        carriers();
        SpringApplication application = new SpringApplication(VaardigApplication.class);
        application.setApplicationStartup(startupSteps(System.getProperty(STARTUP_STEPS)));
        application.run(args);
    }

    static ApplicationStartup startupSteps(String setting) {
        return "jfr".equals(setting) ? new FlightRecorderApplicationStartup() : ApplicationStartup.DEFAULT;
    }

    /**
     * Virtual threads are not time-sliced: with one carrier per core (the JDK's default), two matching or route
     * computations on a 2-core machine hold both carriers, and a request that needs a millisecond waits until they
     * finish (issue 16: every journey step's p99 at 100–150 ms at 200 users). More carriers than cores let the
     * operating system share the cores between them. Set before the first virtual thread exists.
     */
    static void carriers() {
        if (System.getProperty(CARRIERS) == null) {
            int carriers = Math.max(MIN_CARRIERS, Runtime.getRuntime().availableProcessors());
            System.setProperty(CARRIERS, Integer.toString(carriers));
        }
    }
}
