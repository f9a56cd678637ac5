package nl.vaardig.ingest.event;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Which partition an event goes to: every arbeidsmarktregio has its own partition ({@code AM01} → 0,
 * {@code AM35} → 34), so a loket's consumer can read just its region's partition and the events of one region
 * stay in order. National events (no region) spread over all partitions by key hash, like Kafka's default.
 */
public final class RegionPartitioning {

    private RegionPartitioning() {
    }

    public static int partitionFor(String region, String key, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least one partition");
        }
        if (region != null && region.length() == 4 && region.startsWith("AM")) {
            int number = Integer.parseInt(region.substring(2));
            return Math.floorMod(number - 1, partitions);
        }
        byte[] keyBytes = (key == null ? "" : key).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(keyBytes)) % partitions;
    }
}
