package nl.vaardig.matching.model;

/** Kinds of learning route (leerroute) a person can take to close a skills gap. */
public enum RouteKind {
    /** Diploma route in mbo, hbo or wo. */
    FORMAL_EDUCATION,
    /** Short course or training (incl. microcredentials). */
    TRAINING,
    /** Zij-instroom: side-entry route into a shortage occupation (e.g. teaching, care) while working. */
    SIDE_ENTRY,
    /** Herintreder route: for people returning to work after years away. */
    RETURNER
}
