package nl.vaardig.taxonomy.model;

/** The ESCO collections (curated subsets), with the file stem the ESCO download uses for each. */
public enum EscoCollection {
    DIGITAL("digitalSkillsCollection", ConceptKind.SKILL),
    GREEN("greenSkillsCollection", ConceptKind.SKILL),
    LANGUAGE("languageSkillsCollection", ConceptKind.SKILL),
    TRANSVERSAL("transversalSkillsCollection", ConceptKind.SKILL),
    RESEARCH("researchSkillsCollection", ConceptKind.SKILL),
    DIGCOMP("digCompSkillsCollection", ConceptKind.SKILL),
    RESEARCH_OCCUPATIONS("researchOccupationsCollection", ConceptKind.OCCUPATION);

    private final String fileStem;
    private final ConceptKind memberKind;

    EscoCollection(String fileStem, ConceptKind memberKind) {
        this.fileStem = fileStem;
        this.memberKind = memberKind;
    }

    public String fileStem() {
        return fileStem;
    }

    public ConceptKind memberKind() {
        return memberKind;
    }
}
