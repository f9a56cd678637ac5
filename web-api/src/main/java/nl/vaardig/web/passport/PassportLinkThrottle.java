package nl.vaardig.web.passport;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Slows down whoever tries tokens on the public link endpoint: per client address 60 openings a minute (a person
 * reading a passport needs a handful), as Bucket4j token buckets in memory per instance. With 256-bit tokens guessing
 * is hopeless anyway; the limit keeps the endpoint from being a cheap way to load the database and the PDF renderer.
 */
@Component
class PassportLinkThrottle {

    static final int PER_MINUTE = 60;
    private static final int MAX_BUCKETS = 50_000;

    private final Map<String, Bucket> byAddress = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    });

    /** Takes one opening from the address's allowance, or refuses with the seconds to wait. */
    void take(String address) {
        Bucket bucket = byAddress.computeIfAbsent(address == null ? "" : address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(PER_MINUTE).refillGreedy(PER_MINUTE, Duration.ofMinutes(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new PassportRefusals.Throttled(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
        }
    }
}
