package nl.vaardig.web.audit;

/** What someone did with a person's data. Views are logged as much as changes: the person may ask who looked. */
public enum AuditAction {
    /** an employer saw the profile among the candidates of a vacancy (pseudonymous) */
    PROFILE_VIEWED_BY_EMPLOYER,
    /** a jobcoach opened the profile from the caseload */
    PROFILE_VIEWED_BY_COACH,
    PROFILE_CREATED,
    PROFILE_CHANGED,
    CONSENT_GIVEN,
    CONSENT_WITHDRAWN,
    DATA_EXPORTED,
    INVITATION_SENT,
    INVITATION_ANSWERED,
    CONTACT_SHARED,
    COACH_NOTE_WRITTEN,
    PROPOSAL_MADE,
    PROPOSAL_ANSWERED,
    OUTCOME_RECORDED,
    /** the person imported an Open Badge as evidence (issue 18) */
    BADGE_IMPORTED,
    BADGE_REMOVED,
    /** the one line that remains, without a profile, after an erasure */
    ACCOUNT_ERASED
}
