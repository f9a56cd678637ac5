package nl.vaardig.matching.model;

/** Kind of employment offered by a vacancy (Dutch practice). */
public enum ContractType {
    /** Vast contract, onbepaalde tijd. */
    PERMANENT,
    /** Tijdelijk contract, bepaalde tijd. */
    TEMPORARY,
    /** Uitzendwerk. */
    AGENCY,
    /** Zzp-opdracht. */
    FREELANCE,
    /** Stage or leerbaan (BBL). */
    TRAINEESHIP
}
