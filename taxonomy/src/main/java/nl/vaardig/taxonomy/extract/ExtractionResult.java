package nl.vaardig.taxonomy.extract;

import java.util.List;
import java.util.Objects;
import nl.vaardig.taxonomy.model.SkillUri;

/** What the extractor found, best skill first. */
public record ExtractionResult(TextLanguage language, List<DetectedOccupation> occupations,
                               List<ExtractedSkill> skills, List<ExtractionWarning> warnings) {

    public ExtractionResult {
        Objects.requireNonNull(language, "language");
        occupations = List.copyOf(occupations);
        skills = List.copyOf(skills);
        warnings = List.copyOf(warnings);
    }

    public List<SkillUri> skillUris() {
        return skills.stream().map(ExtractedSkill::skillUri).toList();
    }
}
