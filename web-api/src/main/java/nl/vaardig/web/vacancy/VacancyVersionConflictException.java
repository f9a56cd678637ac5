package nl.vaardig.web.vacancy;

/** Someone else changed the vacancy since the caller read it (optimistic locking): reload and try again. */
public class VacancyVersionConflictException extends RuntimeException {
    public VacancyVersionConflictException(String message) {
        super(message);
    }
}
