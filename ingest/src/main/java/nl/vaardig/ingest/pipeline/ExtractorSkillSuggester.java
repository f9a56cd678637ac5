package nl.vaardig.ingest.pipeline;

import java.util.List;
import nl.vaardig.taxonomy.extract.ExtractedSkill;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.Requirement;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import org.springframework.stereotype.Component;

/**
 * Skills from the taxonomy's extractor: the suggestions an employer would confirm (confidence ≥ 0.35, at most
 * 40), kept with their first evidence phrase. Feed ingest reads whole feeds, so it uses the extractor's label
 * matching only: retrieval over skill documents would cut its throughput about tenfold (docs/benchmarks.md).
 */
@Component
class ExtractorSkillSuggester implements SkillSuggester {

    private final SkillExtractor extractor;
    private final ExtractionOptions options = ExtractionOptions.defaults();

    ExtractorSkillSuggester(SkillExtractor extractor) {
        this.extractor = extractor.withoutRetrieval();
    }

    @Override
    public List<FeedSkill> suggest(String title, String description) {
        String text = description == null || description.isBlank() ? title : title + "\n\n" + description;
        return extractor.extract(text, options).skills().stream()
                .map(ExtractorSkillSuggester::required).toList();
    }

    private static FeedSkill required(ExtractedSkill skill) {
        String evidence = skill.evidence().isEmpty() ? null : skill.evidence().getFirst().text();
        return new FeedSkill(skill.skillUri(), skill.requirement() == Requirement.ESSENTIAL, evidence);
    }
}
