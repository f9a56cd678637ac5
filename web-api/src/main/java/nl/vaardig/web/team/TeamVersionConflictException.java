package nl.vaardig.web.team;

/** Someone else saved the team since the caller read it (optimistic locking): reload and try again. */
class TeamVersionConflictException extends RuntimeException {
    TeamVersionConflictException(String organisation, long expected) {
        super("team of " + organisation + " is not at version " + expected);
    }
}
