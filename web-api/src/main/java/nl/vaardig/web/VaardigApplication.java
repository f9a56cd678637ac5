package nl.vaardig.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VaardigApplication {

    /** Carrier threads of the virtual threads that serve requests, unless the JVM is started with another number. */
    static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";
    static final int MIN_CARRIERS = 16;

    public static void main(String[] args) {
        carriers();
        SpringApplication.run(VaardigApplication.class, args);
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
