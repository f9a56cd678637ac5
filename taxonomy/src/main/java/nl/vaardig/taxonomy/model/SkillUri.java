package nl.vaardig.taxonomy.model;

/** Typed URI of an ESCO Skill concept. */
public record SkillUri(String value) implements ConceptUri {

    public SkillUri {
        ConceptUri.requireUri(value, "SkillUri");
    }

    @Override
    public ConceptKind kind() {
        return ConceptKind.SKILL;
    }

    @Override
    public String toString() {
        return value;
    }
}
