package nl.vaardig.ingest.deadletter;

import java.util.UUID;

/** There is no dead letter with this id; the web API answers 404, as for any resource that does not exist. */
public class UnknownDeadLetterException extends RuntimeException {

    public UnknownDeadLetterException(UUID id) {
        super("dead letter " + id + " not found");
    }
}
