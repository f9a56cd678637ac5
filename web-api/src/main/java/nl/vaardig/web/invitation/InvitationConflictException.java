package nl.vaardig.web.invitation;

/** The invitation already exists (open) or was answered meanwhile: 409, the client reloads. */
public class InvitationConflictException extends RuntimeException {

    public enum Reason { ALREADY_INVITED, ALREADY_ANSWERED }

    private final Reason reason;

    public InvitationConflictException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
