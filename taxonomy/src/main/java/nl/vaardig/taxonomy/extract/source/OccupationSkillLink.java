package nl.vaardig.taxonomy.extract.source;

/** ESCO occupation → skill relation; {@code essential} false means ESCO marks it optional. */
public record OccupationSkillLink(String occupationUri, String skillUri, boolean essential) {

    public OccupationSkillLink {
        SkillEntry.requireUri(occupationUri, "occupation");
        SkillEntry.requireUri(skillUri, "skill");
    }
}
