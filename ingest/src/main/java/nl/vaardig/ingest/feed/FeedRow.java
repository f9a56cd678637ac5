package nl.vaardig.ingest.feed;

import java.util.Objects;

/** One record of a feed file: valid, or refused with the reason and the original text (for the dead letters). */
public sealed interface FeedRow {

    /** The physical line the record starts on (CSV header = line 1). */
    long line();

    record Valid(long line, FeedVacancy vacancy) implements FeedRow {
        public Valid {
            Objects.requireNonNull(vacancy, "vacancy");
        }
    }

    record Invalid(long line, String reason, String original) implements FeedRow {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
            original = original == null ? "" : original;
        }
    }
}
