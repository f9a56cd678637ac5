package nl.vaardig.taxonomy.extract.source;

import java.util.List;

/** The slice of ESCO the extractor is built from. */
public record ExtractionSource(
        List<SkillEntry> skills,
        List<OccupationEntry> occupations,
        List<OccupationSkillLink> occupationSkills,
        List<BroaderSkillLink> broaderSkills) {

    public ExtractionSource {
        skills = List.copyOf(skills);
        occupations = List.copyOf(occupations);
        occupationSkills = List.copyOf(occupationSkills);
        broaderSkills = List.copyOf(broaderSkills);
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("an extraction source needs at least one skill");
        }
    }
}
