package nl.vaardig.taxonomy.title;

/** Which kind of label a title matched. */
public enum LabelSource {
    ESCO_PREFERRED,
    ESCO_ALTERNATIVE,
    ESCO_HIDDEN,
    /** A CompetentNL Dutch label of a CompetentNL occupation linked to this ESCO occupation. */
    COMPETENTNL
}
