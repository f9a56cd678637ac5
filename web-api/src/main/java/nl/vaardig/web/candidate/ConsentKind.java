package nl.vaardig.web.candidate;

import nl.vaardig.ingest.event.payload.ConsentChanged;

/**
 * What a person agreed to, each given and withdrawn on its own.
 * KEEP_PROFILE: Vaardig keeps the profile at all. EMPLOYER_SEARCH: employers with a vacancy in the consented regions
 * may find the profile (pseudonymously). COACH_HELP: a jobcoach of the consented regions may help (caseload).
 * STATISTICS: the person is counted, never shown, in the labour-market figures of the region.
 */
public enum ConsentKind {
    KEEP_PROFILE(ConsentChanged.Scope.MATCHING),
    EMPLOYER_SEARCH(ConsentChanged.Scope.EMPLOYER_VISIBLE),
    COACH_HELP(ConsentChanged.Scope.COACH_CONTACT),
    STATISTICS(ConsentChanged.Scope.STATISTICS);

    private final ConsentChanged.Scope eventScope;

    ConsentKind(ConsentChanged.Scope eventScope) {
        this.eventScope = eventScope;
    }

    /** The name this consent travels under on the profile topic (the event vocabulary of docs/events.md). */
    public ConsentChanged.Scope eventScope() {
        return eventScope;
    }
}
