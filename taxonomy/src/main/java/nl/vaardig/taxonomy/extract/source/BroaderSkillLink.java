package nl.vaardig.taxonomy.extract.source;

/** ESCO skill → broader skill (skill pillar, skill-to-skill only); used to prefer the more specific of two hits. */
public record BroaderSkillLink(String skillUri, String broaderSkillUri) {

    public BroaderSkillLink {
        SkillEntry.requireUri(skillUri, "skill");
        SkillEntry.requireUri(broaderSkillUri, "skill");
    }
}
