package nl.vaardig.web.candidate;

/** What a person agreed to. EMPLOYER_SEARCH: employers with a vacancy in the consented regions may find the profile. */
public enum ConsentKind { EMPLOYER_SEARCH }
