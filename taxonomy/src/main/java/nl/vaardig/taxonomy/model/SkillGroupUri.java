package nl.vaardig.taxonomy.model;

/** Typed URI of an ESCO SkillGroup concept. */
public record SkillGroupUri(String value) implements ConceptUri {

    public SkillGroupUri {
        ConceptUri.requireUri(value, "SkillGroupUri");
    }

    @Override
    public ConceptKind kind() {
        return ConceptKind.SKILL_GROUP;
    }

    @Override
    public String toString() {
        return value;
    }
}
