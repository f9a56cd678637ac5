package nl.vaardig.taxonomy.extract.context;

/** What a vacancy section is about, judged from its heading. */
public enum SectionKind {
    /** Tasks and responsibilities: skills named here are core to the job. */
    TASKS(false),
    /** Requirements ("Wat vragen wij", "Requirements"). */
    REQUIREMENTS(false),
    /** Nice to have ("Pré's", "Bonus points"). */
    NICE_TO_HAVE(false),
    /** Terms of employment and benefits. */
    OFFER(true),
    /** About the company. */
    COMPANY(true),
    /** How to apply, contact persons, acquisition notices. */
    APPLICATION(true),
    /** Legal, equal-opportunity, privacy and cookie text. */
    LEGAL(true),
    /** No heading yet, or a heading we do not recognise. */
    NEUTRAL(false);

    private final boolean boilerplate;

    SectionKind(boolean boilerplate) {
        this.boilerplate = boilerplate;
    }

    public boolean boilerplate() {
        return boilerplate;
    }
}
