package nl.vaardig.web.platform.problem;

/**
 * Thrown when a resource does not exist or the caller may not know that it exists: both answer
 * 404, so guessing identifiers reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource) {
        super(resource + " not found");
    }
}
