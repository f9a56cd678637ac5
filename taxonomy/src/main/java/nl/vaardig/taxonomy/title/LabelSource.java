package nl.vaardig.taxonomy.title;

/** Which kind of label a title matched. */
public enum LabelSource {
    ESCO_PREFERRED,
    ESCO_ALTERNATIVE,
    ESCO_HIDDEN,
    /** A Dutch national occupation title (Dutch NOC) that the ESCO crosswalk maps to this occupation. */
    DUTCH_NOC,
    /** A CompetentNL label of a CompetentNL occupation that shares a Dutch NOC title mapped to this occupation. */
    COMPETENTNL
}
