package nl.vaardig.ingest.feed;

/** The file cannot be read as a feed at all (missing required columns); nothing of it is used. */
public class FeedHeaderException extends RuntimeException {
    public FeedHeaderException(String message) {
        super(message);
    }
}
