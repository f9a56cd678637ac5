package nl.vaardig.web.notification;

/** The mails Vaardig sends, each under one of the three switches a person has. */
public enum MailKind {
    /** to a job seeker: an employer invites them for a vacancy */
    INVITATION_RECEIVED(Category.INVITATIONS),
    /** to the employer who invited: the candidate accepted or declined */
    INVITATION_ANSWERED(Category.ANSWERS),
    /** to a job seeker: a jobcoach wants to propose them for a vacancy (they decide) */
    PROPOSAL_FOR_CANDIDATE(Category.PROPOSALS),
    /** to the employer's accounts: a candidate agreed to be proposed for their vacancy */
    PROPOSAL_FOR_EMPLOYER(Category.PROPOSALS),
    /** to the jobcoach who proposed: the candidate agreed or declined */
    PROPOSAL_ANSWERED(Category.ANSWERS),
    /** to a worker's address an employer gave: answer the four questions for the team outlook (issue 19) */
    TEAM_OUTLOOK_QUESTIONS(Category.ON_REQUEST);

    /** {@code ON_REQUEST}: one mail to an address given for that purpose, not a notification anyone switches on. */
    public enum Category { INVITATIONS, PROPOSALS, ANSWERS, ON_REQUEST }

    private final Category category;

    MailKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
