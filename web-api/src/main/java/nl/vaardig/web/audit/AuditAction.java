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
    /** the person shared the skills passport (a link or a named account; detail says which, never the token) */
    PASSPORT_SHARED,
    /** the person withdrew a passport share */
    PASSPORT_SHARE_REVOKED,
    /** someone opened the passport through a share link (page or PDF) */
    PASSPORT_VIEWED_BY_LINK,
    /** a named coach or employer account opened the passport shared with it (page or PDF) */
    PASSPORT_VIEWED_BY_ACCOUNT,
    /** the one line that remains, without a profile, after an erasure */
    ACCOUNT_ERASED
}
