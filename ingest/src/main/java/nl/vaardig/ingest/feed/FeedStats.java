package nl.vaardig.ingest.feed;

/** What reading one feed file came to: every record is either valid or invalid, none is dropped. */
public record FeedStats(long records, long valid, long invalid) {
    public FeedStats {
        if (records != valid + invalid) {
            throw new IllegalArgumentException("records must be valid + invalid");
        }
    }
}
