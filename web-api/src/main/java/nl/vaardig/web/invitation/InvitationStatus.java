package nl.vaardig.web.invitation;

/** Where an invitation stands: waiting for the candidate, or answered once and for all. */
public enum InvitationStatus {
    OPEN, ACCEPTED, DECLINED
}
