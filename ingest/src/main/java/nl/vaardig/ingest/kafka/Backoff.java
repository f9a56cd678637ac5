package nl.vaardig.ingest.kafka;

/**
 * The pause of a loop that keeps trying after a failure (the broker or the database is away): 250 ms, doubling up
 * to 5 s, back to the start after a success.
 */
public final class Backoff {

    private long millis;

    /** The next, longer pause. */
    public long next() {
        millis = Math.min(5000, millis == 0 ? 250 : millis * 2);
        return millis;
    }

    /** After a success: the next failure pauses briefly again. */
    public void reset() {
        millis = 0;
    }

    /** Sleeps; an interrupt ends the sleep early and stays set for the caller's loop to see. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
