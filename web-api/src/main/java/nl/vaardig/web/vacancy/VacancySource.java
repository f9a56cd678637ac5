package nl.vaardig.web.vacancy;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/** Where a vacancy came from: typed in the UI, or a bulk feed with the feed's own id (for idempotent upserts). */
public sealed interface VacancySource {

    /** The feed of the generated demo vacancies (synthetic records, labelled as such wherever shown). */
    String DEMO_FEED = "vaardig-demo";

    /** True for generated demo vacancies. */
    default boolean synthetic() {
        return this instanceof Feed feed && DEMO_FEED.equals(feed.feed());
    }

    /** Stored form: {@code ui} or {@code feed:<name>}. */
    String tag();

    /** The feed's id of the vacancy; null for the UI. */
    String externalId();

    record Ui() implements VacancySource {
        @Override
        public String tag() {
            return "ui";
        }

        @Override
        public String externalId() {
            return null;
        }
    }

    record Feed(String feed, String externalId) implements VacancySource {
        private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
        private static final int MAX_TAGS_KEPT = 1024;
        private static final ConcurrentMap<String, String> TAGS = new ConcurrentHashMap<>();

        public Feed {
            if (feed == null || !NAME.matcher(feed).matches()) {
                throw new IllegalArgumentException("feed name must be lower-case letters, digits and dashes: " + feed);
            }
            Objects.requireNonNull(externalId, "externalId");
            if (externalId.isBlank() || externalId.length() > 200) {
                throw new IllegalArgumentException("a feed vacancy needs its external id (at most 200 characters)");
            }
        }

        @Override
        public String tag() {
            // a feed batch asks for the tag of each of its records several times (issue 16, round 15's profile):
            // the few feed names keep theirs
            String tag = TAGS.get(feed);
            if (tag == null) {
                tag = "feed:" + feed;
                if (TAGS.size() < MAX_TAGS_KEPT) {
                    TAGS.putIfAbsent(feed, tag);
                }
            }
            return tag;
        }
    }

    static VacancySource of(String tag, String externalId) {
        if ("ui".equals(tag)) {
            return new Ui();
        }
        if (tag != null && tag.startsWith("feed:")) {
            return new Feed(tag.substring(5), externalId);
        }
        throw new IllegalArgumentException("unknown vacancy source " + tag);
    }
}
