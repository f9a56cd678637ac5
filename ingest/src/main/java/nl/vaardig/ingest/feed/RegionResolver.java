package nl.vaardig.ingest.feed;

import java.util.Optional;

/** Derives the arbeidsmarktregio from a gemeente name or CBS code, when a feed gives only the place. */
@FunctionalInterface
public interface RegionResolver {

    Optional<String> regionOf(String gemeente);

    static RegionResolver none() {
        return gemeente -> Optional.empty();
    }
}
