package nl.vaardig.taxonomy.extract;

import java.util.List;
import nl.vaardig.taxonomy.extract.lexicon.SynonymEntry;
import nl.vaardig.taxonomy.extract.lexicon.SynonymLexicon;
import nl.vaardig.taxonomy.extract.source.BroaderSkillLink;
import nl.vaardig.taxonomy.extract.source.ExtractionSource;
import nl.vaardig.taxonomy.extract.source.OccupationEntry;
import nl.vaardig.taxonomy.extract.source.OccupationSkillLink;
import nl.vaardig.taxonomy.extract.source.SkillEntry;

/** A hand-made slice of ESCO for ranking tests whose expected order can be reasoned out by hand. */
final class TinyCorpus {

    static final String SKILL = "http://data.europa.eu/esco/skill/";
    static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";

    private TinyCorpus() {
    }

    static SkillEntry skill(String id, String reuse, String en, List<String> alt, String nl) {
        return new SkillEntry(SKILL + id, "skill/competence", reuse, en, alt, List.of(), nl, List.of(),
                "Description of " + en + " in ordinary words about work and people.",
                "Beschrijving van een vaardigheid in gewone woorden over werk en mensen.");
    }

    static SkillExtractor extractor() {
        List<SkillEntry> skills = List.of(
                skill("java", "sector-specific", "Java (computer programming)", List.of(), null),
                skill("teams", "transversal", "work in teams", List.of("teamwork"), "in teams werken"),
                skill("textile-teams", "sector-specific", "work in textile manufacturing teams", List.of("work in team"), null),
                skill("wounds", "occupation-specific", "carry out wound care", List.of("wound care"), null),
                skill("nursing", "occupation-specific", "implement nursing care", List.of("provide nursing care"), null),
                skill("forklift", "cross-sector", "operate forklift", List.of(), null),
                skill("enthusiasm", "transversal", "show enthusiasm", List.of(), null),
                skill("less", "sector-specific", "LESS", List.of(), null));
        List<OccupationEntry> occupations = List.of(
                new OccupationEntry(OCCUPATION + "nurse", "nurse responsible for general care", List.of("nurse"),
                        "verpleegkundige algemene zorg", List.of("verpleegkundige"),
                        "Nurses care for patients.", "Verpleegkundigen verzorgen patiënten."),
                new OccupationEntry(OCCUPATION + "forklift-driver", "forklift operator", List.of(),
                        "heftruckchauffeur", List.of(),
                        "Forklift operators move goods.", "Heftruckchauffeurs verplaatsen goederen."));
        List<OccupationSkillLink> links = List.of(
                new OccupationSkillLink(OCCUPATION + "nurse", SKILL + "nursing", true),
                new OccupationSkillLink(OCCUPATION + "nurse", SKILL + "wounds", false));
        List<BroaderSkillLink> broader = List.of(new BroaderSkillLink(SKILL + "textile-teams", SKILL + "teams"));
        SynonymLexicon lexicon = new SynonymLexicon("tiny", List.of(
                new SynonymEntry("nl", "heftruck", SKILL + "forklift", "operate forklift", 1f),
                new SynonymEntry("nl", "wondverzorging", SKILL + "wounds", "carry out wound care", 1f),
                new SynonymEntry("nl", "teamspeler", SKILL + "teams", "work in teams", 1f)), List.of());
        return SkillExtractor.create(new ExtractionSource(skills, occupations, links, broader), lexicon);
    }
}
