package nl.vaardig.taxonomy.extract.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/** Reads the slice of the in-memory {@link Taxonomy} that the extractor indexes. */
public final class TaxonomySource {

    private TaxonomySource() {
    }

    public static ExtractionSource from(Taxonomy taxonomy) {
        List<SkillEntry> skills = new ArrayList<>(taxonomy.skillCount());
        List<BroaderSkillLink> broader = new ArrayList<>();
        for (Skill skill : taxonomy.skills()) {
            LanguageLabels en = english(skill.labels(), skill.uri().value());
            Optional<LanguageLabels> nl = skill.labels().in(ConceptLabels.DUTCH);
            skills.add(new SkillEntry(skill.uri().value(), skill.type().escoName(), skill.reuseLevel().escoName(),
                    en.preferred(), en.alternatives(), en.hidden(),
                    nl.map(LanguageLabels::preferred).orElse(null), nl.map(LanguageLabels::alternatives).orElse(List.of()),
                    en.description(), nl.map(LanguageLabels::description).orElse("")));
            for (SkillUri up : taxonomy.broaderSkills(skill.uri())) {
                broader.add(new BroaderSkillLink(skill.uri().value(), up.value()));
            }
        }
        List<OccupationEntry> occupations = new ArrayList<>(taxonomy.occupationCount());
        List<OccupationSkillLink> links = new ArrayList<>();
        for (Occupation occupation : taxonomy.occupations()) {
            LanguageLabels en = english(occupation.labels(), occupation.uri().value());
            Optional<LanguageLabels> nl = occupation.labels().in(ConceptLabels.DUTCH);
            occupations.add(new OccupationEntry(occupation.uri().value(), en.preferred(), en.alternatives(),
                    nl.map(LanguageLabels::preferred).orElse(null), nl.map(LanguageLabels::alternatives).orElse(List.of()),
                    en.description(), nl.map(LanguageLabels::description).orElse("")));
            for (SkillUri s : taxonomy.essentialSkills(occupation.uri())) {
                links.add(new OccupationSkillLink(occupation.uri().value(), s.value(), true));
            }
            for (SkillUri s : taxonomy.optionalSkills(occupation.uri())) {
                links.add(new OccupationSkillLink(occupation.uri().value(), s.value(), false));
            }
        }
        return new ExtractionSource(skills, occupations, links, broader);
    }

    private static LanguageLabels english(ConceptLabels labels, String uri) {
        return labels.in(ConceptLabels.ENGLISH)
                .orElseThrow(() -> new IllegalStateException("ESCO concept without English labels: " + uri));
    }
}
