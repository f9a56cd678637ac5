package nl.vaardig.taxonomy.extract;

import java.util.List;
import java.util.Objects;

/** What the extractor found, best skill first. */
public record ExtractionResult(TextLanguage language, List<DetectedOccupation> occupations,
                               List<ExtractedSkill> skills, List<ExtractionWarning> warnings) {

    public ExtractionResult {
        Objects.requireNonNull(language, "language");
        occupations = List.copyOf(occupations);
        skills = List.copyOf(skills);
        warnings = List.copyOf(warnings);
    }

    public List<String> skillUris() {
        return skills.stream().map(ExtractedSkill::skillUri).toList();
    }
}
